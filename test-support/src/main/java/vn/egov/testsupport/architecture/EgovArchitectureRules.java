package vn.egov.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The architecture rules of every deployable (STYLE.md item 13), in one place so that they cannot drift apart. Each
 * deployable has one test that applies them to its base package:
 *
 * <pre>{@code
 * EgovArchitectureRules.forService("vn.egov.dossier").check();
 * }</pre>
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>package by feature: no {@code service}, {@code impl}, {@code util} or {@code helpers} drawers, and a feature
 *       package has at most the role sub-packages {@code web} and {@code messaging};
 *   <li>{@code web} and {@code messaging} are used by nobody outside them: the domain does not know its adapters;
 *   <li>HTTP ({@code HttpStatus}, {@code ResponseEntity}, {@code jakarta.servlet}, {@code ApiProblem}) only in
 *       {@code web}: the domain throws {@code DomainProblem}s and service-defaults maps them to statuses;
 *   <li>controllers and controller advice live in {@code web};
 *   <li>Kafka only in {@code messaging} (and the outbox of service-defaults): nothing talks to the broker from a
 *       controller or a use case (STYLE.md item 7);
 *   <li>only {@code messaging} writes contract events to the outbox;
 *   <li>no deployable imports another's code: they talk over HTTP and the Kafka contracts only.
 * </ol>
 *
 * <p>A deployable that departs from a rule says so at the call, with the reason ({@link #allowingHttpIn},
 * {@link #allowingSubPackages}); a departure is never silent. Rules of its own come in with {@link #and}.
 */
public final class EgovArchitectureRules {

    /** The base packages of the deployables; none may import another. */
    public static final List<String> DEPLOYABLES = List.of(
            "vn.egov.catalogue",
            "vn.egov.dossier",
            "vn.egov.payment",
            "vn.egov.notification",
            "vn.egov.gateway",
            "vn.egov.identity",
            "vn.egov.sandbox",
            "vn.egov.web");

    private static final List<String> DRAWERS =
            List.of("..service..", "..services..", "..impl..", "..util..", "..utils..", "..helper..", "..helpers..");

    private static final String OUTBOX = "vn.egov.servicedefaults.outbox.Outbox";

    private static final DescribedPredicate<JavaClass> HTTP = resideInAPackage("jakarta.servlet..")
            .or(nameMatching("org\\.springframework\\.http\\.HttpStatus(\\$.*)?"))
            .or(nameMatching("org\\.springframework\\.http\\.ResponseEntity(\\$.*)?"))
            .or(nameMatching("vn\\.egov\\.servicedefaults\\.problem\\.ApiProblem"))
            .as("HTTP (HttpStatus, ResponseEntity, jakarta.servlet, ApiProblem)");

    private static final List<String> CONTROLLER_ANNOTATIONS = List.of(
            "org.springframework.web.bind.annotation.RestController",
            "org.springframework.stereotype.Controller",
            "org.springframework.web.bind.annotation.RestControllerAdvice",
            "org.springframework.web.bind.annotation.ControllerAdvice");

    private final String base;
    private final Map<String, String> httpAllowedIn = new LinkedHashMap<>();
    private final Map<String, String> subPackagesAllowed = new LinkedHashMap<>();
    private final List<ArchRule> own = new ArrayList<>();

    private EgovArchitectureRules(String base) {
        if (!DEPLOYABLES.contains(base)) {
            throw new IllegalArgumentException(base + " is not one of the deployables " + DEPLOYABLES);
        }
        this.base = base;
    }

    /** The rules for the deployable whose code is under {@code basePackage} (one of {@link #DEPLOYABLES}). */
    public static EgovArchitectureRules forService(String basePackage) {
        return new EgovArchitectureRules(basePackage);
    }

    /**
     * Lets classes outside {@code web} use HTTP types and be controllers, in the named packages only.
     *
     * @param why the reason, shown with the rule
     * @param packages ArchUnit package identifiers, e.g. {@code vn.egov.gateway.limits..}
     */
    public EgovArchitectureRules allowingHttpIn(String why, String... packages) {
        for (String pkg : packages) {
            httpAllowedIn.put(pkg, Objects.requireNonNull(why));
        }
        return this;
    }

    /**
     * Lets a feature have the named sub-packages besides {@code web} and {@code messaging}.
     *
     * @param why the reason, shown with the rule
     * @param packages ArchUnit package identifiers, e.g. {@code vn.egov.catalogue.search.index}
     */
    public EgovArchitectureRules allowingSubPackages(String why, String... packages) {
        for (String pkg : packages) {
            subPackagesAllowed.put(pkg, Objects.requireNonNull(why));
        }
        return this;
    }

    /**
     * An aggregate's events reach the platform only through its store: nothing outside {@code messaging} but the
     * store, the publications interface itself and the event type may use the publications (the port that writes
     * contract events to the outbox), so that no use case changes the aggregate and forgets to tell the platform.
     *
     * @param store the one save path, which publishes the aggregate's recorded events
     * @param publications the port the store publishes through
     * @param event the aggregate's event type (its nested types included)
     */
    public EgovArchitectureRules publishingOnlyThrough(Class<?> store, Class<?> publications, Class<?> event) {
        own.add(noClasses()
                .that()
                .resideOutsideOfPackage("..messaging..")
                .and()
                .haveNameNotMatching(Pattern.quote(store.getName()) + "|" + Pattern.quote(publications.getName()) + "|"
                        + Pattern.quote(event.getName()) + "(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(publications)
                .because("use cases record events on the aggregate and " + store.getSimpleName() + " publishes them"));
        return this;
    }

    /** Adds rules of the deployable's own, checked with the platform's. */
    public EgovArchitectureRules and(ArchRule... rules) {
        own.addAll(List.of(rules));
        return this;
    }

    /** The rules, departures applied. */
    public List<ArchRule> rules() {
        String[] otherDeployables = DEPLOYABLES.stream()
                .filter(other -> !other.equals(base))
                .map(other -> other + "..")
                .toArray(String[]::new);
        List<ArchRule> rules = new ArrayList<>(List.of(
                noClasses()
                        .should()
                        .resideInAnyPackage(DRAWERS.toArray(String[]::new))
                        .because("code is packaged by feature, not in service, impl, util or helpers drawers"),
                classes()
                        .should()
                        .resideInAnyPackage(Stream.concat(
                                        Stream.of(base, base + ".*", base + ".*.web", base + ".*.messaging"),
                                        subPackagesAllowed.keySet().stream())
                                .toArray(String[]::new))
                        .because("a feature package has at most the role sub-packages web and messaging"
                                + reasons(subPackagesAllowed)),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("..web..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + "..web..")
                        .because("web translates HTTP to the domain; the domain does not know it"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("..messaging..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + "..messaging..")
                        .because("messaging translates events to the domain; the domain does not know it"),
                noClasses()
                        .that(outside(Stream.concat(Stream.of("..web.."), httpAllowedIn.keySet().stream())
                                .toArray(String[]::new)))
                        .should()
                        .dependOnClassesThat(HTTP)
                        .because("the domain does not speak HTTP: it throws DomainProblems, which service-defaults"
                                + " answers as problem+json" + reasons(httpAllowedIn)),
                classes()
                        .that(annotatedWithAnyOf(CONTROLLER_ANNOTATIONS))
                        .should()
                        .resideInAnyPackage(Stream.concat(Stream.of("..web.."), httpAllowedIn.keySet().stream())
                                .toArray(String[]::new))
                        .because("controllers translate HTTP and call one use case" + reasons(httpAllowedIn)),
                noClasses()
                        .that()
                        .resideOutsideOfPackages("..messaging..", "..outbox..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                        .because("nothing talks to Kafka from a controller or a use case: the outbox does"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("..messaging..")
                        .should()
                        .dependOnClassesThat(nameMatching(Pattern.quote(OUTBOX)))
                        .because("only messaging maps the domain to contract events in the outbox"),
                noClasses()
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(otherDeployables)
                        .because("deployables talk over HTTP and the Kafka contracts only")));
        rules.addAll(own);
        return rules.stream().map(rule -> rule.allowEmptyShould(true)).toList();
    }

    /** Checks every rule against the deployable's production classes and reports all violations at once. */
    public void check() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        if (classes.isEmpty()) {
            throw new AssertionError("No classes of " + base + " on the class path: nothing would be checked");
        }
        List<String> reports = rules().stream()
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .toList();
        if (!reports.isEmpty()) {
            throw new AssertionError(
                    base + " breaks " + reports.size() + " architecture rule(s):\n\n" + String.join("\n\n", reports));
        }
    }

    private static DescribedPredicate<JavaClass> outside(String... packages) {
        return describe("reside outside of packages " + List.of(packages), javaClass -> !resideInAnyPackage(packages)
                .test(javaClass));
    }

    private static DescribedPredicate<JavaClass> annotatedWithAnyOf(List<String> annotations) {
        return describe("are controllers or controller advice", javaClass -> annotations.stream()
                .anyMatch(javaClass::isAnnotatedWith));
    }

    private static String reasons(Map<String, String> departures) {
        if (departures.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (departures:");
        departures.forEach((pkg, why) ->
                text.append(' ').append(pkg).append(": ").append(why).append(';'));
        return text.append(')').toString();
    }
}
