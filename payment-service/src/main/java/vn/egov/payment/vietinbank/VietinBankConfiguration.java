package vn.egov.payment.vietinbank;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VietinBankProperties.class)
class VietinBankConfiguration {}
