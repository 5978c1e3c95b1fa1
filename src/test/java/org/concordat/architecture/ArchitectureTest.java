package org.concordat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The boundaries in DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "org.concordat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoTechnology = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..",
                    "org.apache.pdfbox..", "org.bouncycastle..", "jakarta.ws.rs..", "jakarta.servlet..",
                    "jakarta.security.enterprise..", "org.flywaydb..")
            .because("the domain is plain Java with JPA mappings; technology lives in infrastructure");

    @ArchTest
    static final ArchRule domainDependsOnNoOuterLayer = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..", "..api..");

    @ArchTest
    static final ArchRule webAndApiNeverReachInfrastructure = noClasses().that().resideInAnyPackage("..web..", "..api..")
            .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
            .because("pages and endpoints call use cases, never technology directly");

    @ArchTest
    static final ArchRule applicationNeverReachesInfrastructureOrPages = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..web..", "..api..", "jakarta.faces..",
                    "org.primefaces..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes().that().haveSimpleNameEndingWith("Repository")
            .and().areInterfaces()
            .should(onlyBeUsedWithinTheirOwnFeature())
            .because("a feature reaches another through its application API or CDI events");

    /**
     * The document feature renders DPIAs from what the DPIA feature's use cases and queries return: classes of
     * org.concordat.dpia.application, and the values they carry (the domain's enums and records, such as RiskLevel and
     * HeatMap). Never its entities, repositories, policies, pages, endpoints or persistence.
     */
    @ArchTest
    static final ArchRule documentsReachDpiasOnlyThroughTheirApplicationApi = noClasses()
            .that().resideInAPackage("org.concordat.document..")
            .should().dependOnClassesThat(dpiaOutsideItsApplicationApi())
            .because("a feature reaches another through its application API or CDI events");

    /** The rule can fail: a test helper of the document feature that scores risks with the DPIA's RiskScale breaks it. */
    @Test
    void theDpiaBoundaryRuleCatchesAReachIntoTheDpiaDomain() throws ClassNotFoundException {
        EvaluationResult helper = documentsReachDpiasOnlyThroughTheirApplicationApi.evaluate(new ClassFileImporter()
                .importClasses(Class.forName("org.concordat.document.render.application.SampleDpias")));
        assertTrue(helper.hasViolation(), "SampleDpias uses org.concordat.dpia.domain.RiskScale");
        assertTrue(helper.getFailureReport().toString().contains("RiskScale"), helper.getFailureReport().toString());
        EvaluationResult production = documentsReachDpiasOnlyThroughTheirApplicationApi.evaluate(new ClassFileImporter()
                .importClasses(Class.forName("org.concordat.document.render.application.DpiaDocumentModels")));
        assertFalse(production.hasViolation(), production.getFailureReport().toString());
    }

    /**
     * The one boundary rule between features: a feature uses another only through its application API (the use cases,
     * queries and the read models they return) and its published domain values — records, enums and events — never its
     * entities, repositories, policies, converters, pages, endpoints or persistence. shared and setup (which seeds every
     * feature at start-up through their application APIs) are not features of their own in this sense.
     */
    @ArchTest
    static final ArchRule featuresMeetOnlyThroughTheirApplicationApiAndPublishedValues = classes()
            .that().resideInAPackage("org.concordat..")
            .should(useOtherFeaturesOnlyThroughWhatTheyPublish())
            .because("a feature reaches another through its application API, its published domain values or CDI events");

    /** The rule can fail: a class that reaches into another feature's entity or repository breaks it. */
    @Test
    void theBoundaryRuleCatchesAReachIntoAnotherFeaturesInternals() throws ClassNotFoundException {
        EvaluationResult reach = featuresMeetOnlyThroughTheirApplicationApiAndPublishedValues.evaluate(new ClassFileImporter()
                .importClasses(Class.forName("org.concordat.document.render.application.SampleDpias")));
        assertTrue(reach.hasViolation(), "SampleDpias uses org.concordat.dpia.domain.RiskScale, a converter-backed class");
        EvaluationResult production = featuresMeetOnlyThroughTheirApplicationApiAndPublishedValues.evaluate(new ClassFileImporter()
                .importClasses(Class.forName("org.concordat.route.application.RouteChecks")));
        assertFalse(production.hasViolation(), production.getFailureReport().toString());
    }

    /**
     * Issue 24: documents are split by job. Rendering knows nothing of signing or verification; signing uses
     * rendering's use cases (the document recorded at submission), never its layout; verification reads what signing
     * recorded and never renders.
     */
    @ArchTest
    static final ArchRule renderingKnowsNothingOfSigningOrVerification = noClasses()
            .that().resideInAPackage("org.concordat.document.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concordat.document.signing..",
                    "org.concordat.document.verification..")
            .because("a document is rendered the same whether or not it is ever signed");

    @ArchTest
    static final ArchRule signingNeverReachesTheLayoutOrVerification = noClasses()
            .that().resideInAPackage("org.concordat.document.signing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.concordat.document.render.infrastructure..",
                    "org.concordat.document.verification..")
            .because("signing takes a rendered document through rendering's use cases and appends to its bytes");

    @ArchTest
    static final ArchRule verificationNeverRenders = noClasses()
            .that().resideInAPackage("org.concordat.document.verification..")
            .should().dependOnClassesThat().resideInAPackage("org.concordat.document.render..")
            .because("a PDF is verified from its bytes and what signing recorded");

    /** The rule can fail: the signing tests' fixture renders its sample agreements with the layout itself. */
    @Test
    void theSigningRuleCatchesAReachIntoTheLayout() throws ClassNotFoundException {
        EvaluationResult fixture = signingNeverReachesTheLayoutOrVerification.evaluate(new ClassFileImporter()
                .importClasses(Class.forName("org.concordat.document.signing.infrastructure.SigningFixture")));
        assertTrue(fixture.hasViolation(), "SigningFixture uses PdfBoxRenderer");
        assertTrue(fixture.getFailureReport().toString().contains("PdfBoxRenderer"), fixture.getFailureReport().toString());
        EvaluationResult production = signingNeverReachesTheLayoutOrVerification.evaluate(new ClassFileImporter()
                .importClasses(Class.forName("org.concordat.document.signing.application.DocumentSigning")));
        assertFalse(production.hasViolation(), production.getFailureReport().toString());
    }

    /**
     * Issue 25: every CSV (or other spreadsheet) goes through the one writer that neutralises formulas. POI's Word
     * classes (org.apache.poi.xwpf, the Word copy for comment, issue 22) write no cells that evaluate.
     */
    @ArchTest
    static final ArchRule spreadsheetsAreWrittenOnlyThroughSpreadsheetCells = noClasses()
            .that().doNotHaveFullyQualifiedName("org.concordat.shared.application.SpreadsheetCells")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..", "org.apache.poi.ss..",
                    "org.apache.poi.hssf..", "org.apache.poi.xssf..", "org.dhatim.fastexcel..", "com.opencsv..")
            .because("a cell starting with =, +, -, @, a tab or a carriage return must never reach a spreadsheet as a formula"
                    + " (OWASP CSV Injection): SpreadsheetCells neutralises them");

    /** Issue 22: Word files are written and read in document.render's infrastructure only, beside the PDF renderer. */
    @ArchTest
    static final ArchRule wordFilesStayInTheDocumentRenderer = noClasses()
            .that().resideOutsideOfPackage("org.concordat.document.render.infrastructure..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi.xwpf..", "org.apache.poi.openxml4j..")
            .because("the Word copy is rendered from the same document model as the PDF, by one renderer");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("org.concordat.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule pagesAreViewBeans = classes().that().resideInAPackage("..web..")
            .and().areAnnotatedWith(jakarta.inject.Named.class)
            .should().haveSimpleNameEndingWith("View");

    private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughWhatTheyPublish() {
        return new ArchCondition<>("use other features only through their application API and published values") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String feature = featureOf(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (target.getPackageName().startsWith("org.concordat.")
                            && !feature.equals(featureOf(target.getPackageName())) && !published(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    /** Whether a class may be used by any feature: shared, an application API, or a domain record, enum or event. */
    private static boolean published(JavaClass c) {
        String feature = featureOf(c.getPackageName());
        if (feature.equals("shared") || feature.equals("setup") || c.getPackageName().contains(".application")) {
            return true;
        }
        boolean value = c.isEnum() || c.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false)
                || c.getSimpleName().endsWith("Event") || c.isAnnotatedWith(org.concordat.shared.domain.PublishedValue.class);
        return c.getPackageName().contains(".domain") && value;
    }

    private static DescribedPredicate<JavaClass> dpiaOutsideItsApplicationApi() {
        return new DescribedPredicate<>("are DPIA classes outside its application API and the values it carries") {
            @Override
            public boolean test(JavaClass c) {
                if (!c.getPackageName().startsWith("org.concordat.dpia")) {
                    return false;
                }
                if (c.getPackageName().startsWith("org.concordat.dpia.application")) {
                    return false;
                }
                boolean value = c.isEnum() || c.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false);
                return !(c.getPackageName().equals("org.concordat.dpia.domain") && value);
            }
        };
    }

    private static ArchCondition<JavaClass> onlyBeUsedWithinTheirOwnFeature() {
        return new ArchCondition<>("only be used within their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository.getPackageName());
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    String user = featureOf(dependency.getOriginClass().getPackageName());
                    if (!feature.equals(user)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String featureOf(String packageName) {
        String rest = packageName.substring("org.concordat.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
