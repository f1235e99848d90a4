package vn.egov.payment.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The adapters configured in this service, by provider code. */
@Component
public class PaymentProviders {

    private final Map<String, PaymentProvider> byCode;

    PaymentProviders(List<PaymentProvider> providers) {
        this.byCode =
                providers.stream().collect(Collectors.toUnmodifiableMap(PaymentProvider::code, Function.identity()));
    }

    public Optional<PaymentProvider> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public PaymentProvider get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no payment provider " + code));
    }

    /** Codes of the providers a payer may choose, sorted. */
    public List<String> codes() {
        return byCode.keySet().stream().sorted().toList();
    }
}
