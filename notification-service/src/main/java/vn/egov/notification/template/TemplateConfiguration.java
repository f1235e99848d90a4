package vn.egov.notification.template;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templateresolver.ITemplateResolver;

/** Adds the notification templates to Spring Boot's Thymeleaf engine. */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    @Bean
    ITemplateResolver notificationTemplateResolver() {
        return NotificationTemplates.resolver();
    }
}
