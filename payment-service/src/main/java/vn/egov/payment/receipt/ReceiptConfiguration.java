package vn.egov.payment.receipt;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the receipts' settings. Registered here rather than by a scan of the whole application, so that the receipt
 * package brings what it needs; a later {@code @ConfigurationPropertiesScan} finds the same beans and adds nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReceiptProperties.class)
class ReceiptConfiguration {}
