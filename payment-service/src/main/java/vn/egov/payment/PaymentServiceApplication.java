package vn.egov.payment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Fees paid online through MoMo, NAPAS and VietinBank, and e-receipts. For now only the skeleton: it owns its schema,
 * checks tokens and tells partners that payments are not available yet.
 */
@SpringBootApplication
public class PaymentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PaymentServiceApplication.class, args);
    }
}
