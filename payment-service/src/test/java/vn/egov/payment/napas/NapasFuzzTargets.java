package vn.egov.payment.napas;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import vn.egov.payment.provider.CallbackVerdict;

/** NAPAS's signed browser return for {@code PaymentInputsFuzzTest}, which lives outside this package. */
public final class NapasFuzzTargets {

    private static final NapasProvider NAPAS = new NapasProvider(
            NapasFixtures.properties("http://napas.test/napas"), Clock.fixed(NapasFixtures.NOW, ZoneOffset.UTC));

    private NapasFuzzTargets() {}

    /** The verdict on a payer's browser coming back with this query. */
    public static CallbackVerdict browserReturn(Map<String, String> query) {
        return NAPAS.verify(NapasFixtures.browserReturn(query));
    }

    /** The fields of a return NAPAS really sent, to start the fuzzer from. */
    public static Map<String, String> paidReturn() {
        return NapasFixtures.paidReturn();
    }
}
