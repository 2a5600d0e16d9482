package nl.verbinder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of docs/architecture.md: dependencies point one way, ui/cli → service →
 * store → domain, and only the SQLite store knows JDBC, SQLite and Flyway. Packages that do
 * not exist yet (cli, ui, app) pass their rules until they do.
 */
@AnalyzeClasses(packages = "nl.verbinder", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "nl.verbinder.domain..";
    private static final String I18N = "nl.verbinder.i18n..";
    private static final String STORE = "nl.verbinder.store..";
    private static final String STORE_SQLITE = "nl.verbinder.store.sqlite..";
    private static final String STORE_POSTGRES = "nl.verbinder.store.postgres..";
    private static final String STORE_JDBC = "nl.verbinder.store.jdbc..";
    private static final String SERVICE = "nl.verbinder.service..";
    private static final String CLI = "nl.verbinder.cli..";
    private static final String UI = "nl.verbinder.ui..";
    private static final String APP = "nl.verbinder.app..";

    private static final String[] JDBC_AND_DATABASE = {"java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql..",
            "org.flywaydb.."};
    private static final String JAVAFX = "javafx..";

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(I18N, STORE, SERVICE, CLI, UI, APP);

    @ArchTest
    static final ArchRule domainKnowsNoDatabaseNorWindowNorJson = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql..", "org.flywaydb..", JAVAFX,
                    "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule i18nDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage(I18N)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, STORE, SERVICE, CLI, UI, APP);

    @ArchTest
    static final ArchRule storeDoesNotKnowWhoUsesIt = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE, CLI, UI, APP);

    @ArchTest
    static final ArchRule servicesDoNotKnowTheirFaces = noClasses()
            .that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, UI, APP);

    /** Services talk to the store's interfaces only, so a second store needs no change in them. */
    @ArchTest
    static final ArchRule servicesDoNotKnowSqlNorJavaFx = noClasses()
            .that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(STORE_SQLITE, STORE_POSTGRES, STORE_JDBC, "java.sql..", "javax.sql..", JAVAFX);

    @ArchTest
    static final ArchRule commandLineTalksToServicesOnly = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, UI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule windowTalksToServicesOnly = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, CLI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheStoresUseJdbcSqlitePostgresqlAndFlyway = noClasses()
            .that().resideOutsideOfPackages(STORE_SQLITE, STORE_POSTGRES, STORE_JDBC)
            .should().dependOnClassesThat().resideInAnyPackage(JDBC_AND_DATABASE);

    /** The two stores are alternatives: neither builds on the other; both build on store.jdbc. */
    @ArchTest
    static final ArchRule thePostgresStoreDoesNotKnowTheSqliteStore = noClasses()
            .that().resideInAPackage(STORE_POSTGRES)
            .should().dependOnClassesThat().resideInAnyPackage(STORE_SQLITE)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theSharedRepositoriesKnowNeitherStore = noClasses()
            .that().resideInAPackage(STORE_JDBC)
            .should().dependOnClassesThat().resideInAnyPackage(STORE_SQLITE, STORE_POSTGRES);

    /** The transfer subpackages (csv, imports, exports, backup) lean on each other without a cycle. */
    @ArchTest
    static final ArchRule transferPartsHaveNoCycles = slices()
            .matching("nl.verbinder.service.transfer.(*)..").should().beFreeOfCycles();

    /** The shared window parts: forms and JavaFX helpers know nothing of the areas. */
    @ArchTest
    static final ArchRule sharedWindowPartsDoNotKnowTheAreas = noClasses()
            .that().resideInAnyPackage("nl.verbinder.ui.form..", "nl.verbinder.ui.fx..", "nl.verbinder.ui.area..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.verbinder.ui.partners..", "nl.verbinder.ui.moments..",
                    "nl.verbinder.ui.goals..", "nl.verbinder.ui.environment..", "nl.verbinder.ui.attention..",
                    "nl.verbinder.ui.network..", "nl.verbinder.ui.insight..", "nl.verbinder.ui.practice..",
                    "nl.verbinder.ui.trash..", "nl.verbinder.ui.transfer..", "nl.verbinder.ui.shell..");

    /** JavaFX helpers are below forms and areas. */
    @ArchTest
    static final ArchRule fxHelpersStandAlone = noClasses()
            .that().resideInAPackage("nl.verbinder.ui.fx..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.verbinder.ui.form..", "nl.verbinder.ui.area..");
}
