package nl.verbinder;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The view / view-model boundary of docs/ui.md, checked on method calls (a view reaches the
 * services through {@code context.services()} without importing anything, so an import rule
 * would not see it): in {@code ui}, only view models, editors and form models call services.
 * Views build nodes and bind; dialogs show; neither asks the services anything.
 */
@AnalyzeClasses(packages = "nl.verbinder.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiBoundaryTest {

    /**
     * The classes of ui allowed to call services: the models behind the views, the window's
     * database session, the context that carries the services, and the screenshots command.
     */
    private static final DescribedPredicate<JavaClass> MODELS = simpleNameEndingWith("ViewModel")
            .or(simpleNameEndingWith("Model"))
            .or(simpleNameEndingWith("Editor"))
            .or(simpleNameEndingWith("Form"))
            .or(name("nl.verbinder.ui.shell.DatabaseSession"))
            .or(name("nl.verbinder.ui.area.UiContext"))
            // A developer command that drives the window as a test does, on a fixed database.
            .or(name("nl.verbinder.ui.Screenshots"))
            .as("view models, editors, form models and the database session");

    /**
     * A use case: a method of a service ({@code PartnerService}, ...), of {@code Services} that
     * hands them out, or of the factory that opens a database. Values the services return
     * (summaries, formats) and {@code ErrorText} are not use cases.
     */
    private static final DescribedPredicate<JavaMethodCall> A_SERVICE = DescribedPredicate.describe("a service",
            call -> call.getTargetOwner().getPackageName().startsWith("nl.verbinder.service")
                    && (call.getTargetOwner().getSimpleName().endsWith("Service")
                    || call.getTargetOwner().getSimpleName().startsWith("Services")));

    @ArchTest
    static final ArchRule onlyViewModelsCallServices = noClasses()
            .that().resideInAPackage("nl.verbinder.ui..")
            .and(not(MODELS))
            .and(not(enclosedIn(MODELS)))
            .should().callMethodWhere(A_SERVICE)
            .because("a view builds nodes and binds; its view model calls the services (docs/ui.md)");

    private static DescribedPredicate<JavaClass> enclosedIn(DescribedPredicate<JavaClass> outer) {
        return DescribedPredicate.describe("nested in " + outer.getDescription(),
                c -> c.getEnclosingClass().map(outer::test).orElse(false));
    }
}
