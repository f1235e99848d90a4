package vn.egov.notification.template;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Renders the files under {@code templates/notification/<notification>/}: {@code *.txt} in Thymeleaf's TEXT mode
 * ({@code [(${dossierCode})]}), {@code *.html} in HTML mode (escaped {@code th:text}). Texts are never put together in
 * code, so wording can change without touching Java.
 */
@Component
public class NotificationTemplates {

    /** Where the templates are on the class path. */
    public static final String LOCATION = "templates/notification/";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ITemplateEngine engine;

    public NotificationTemplates(ITemplateEngine engine) {
        this.engine = engine;
    }

    /** Templates rendered without a Spring context (unit tests, tools). */
    public static NotificationTemplates standalone() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver());
        return new NotificationTemplates(engine);
    }

    /**
     * Renders a template.
     *
     * @param template {@code <notification>/<file>}, e.g. {@code dossier-submitted/sms.txt}
     * @param model the variables the template uses
     */
    public String render(String template, Map<String, ?> model) {
        Context context = new Context(VIETNAMESE);
        model.forEach(context::setVariable);
        return engine.process(template, context).strip();
    }

    /** The resolver of the notification templates; Spring Boot's template engine picks it up as a bean. */
    public static ITemplateResolver resolver() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(LOCATION);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setResolvablePatterns(Set.of("*.txt", "*.html"));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        // Before Spring Boot's default resolver, which knows nothing of the TEXT mode.
        resolver.setOrder(0);
        return resolver;
    }
}
