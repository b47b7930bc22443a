package vn.directive.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Package dependencies run one way. From the bottom: {@code web} (errors, limits) and {@code unit}, {@code calendar};
 * {@code engine} (engine helpers); {@code notification} (e-mail: the outbox and its sender, told of events by the
 * cascade and knowing nothing of it); {@code directive} (the register, the draft, the parser); {@code cascade} (the
 * handling process); {@code compliance}, {@code document}, {@code security}; on top {@code registration} (registering a
 * directive: API, start form) and {@code submission} (the REST filter in front of the engine).
 */
@AnalyzeClasses(packages = "vn.directive", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

    /** No cycle between any two packages under vn.directive (subpackages count with their parent). */
    @ArchTest
    static final ArchRule noCycles = slices().matching("vn.directive.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theRegisterKnowsNothingOfTheProcess = noClasses().that().resideInAPackage("vn.directive.directive..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.directive.cascade..", "vn.directive.engine..",
                    "vn.directive.registration..", "vn.directive.submission..", "vn.directive.compliance..",
                    "vn.directive.document..", "vn.directive.security..");

    @ArchTest
    static final ArchRule theEngineHelpersKnowNoDomain = noClasses().that().resideInAPackage("vn.directive.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.directive.cascade..", "vn.directive.directive..",
                    "vn.directive.registration..", "vn.directive.submission..", "vn.directive.compliance..",
                    "vn.directive.document..", "vn.directive.security..", "vn.directive.notification..");

    /** The cascade calls notifications (CascadeNotifications); notifications never call back into the domain. */
    @ArchTest
    static final ArchRule notificationsKnowNoDomain = noClasses().that().resideInAPackage("vn.directive.notification..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.directive.cascade..", "vn.directive.directive..",
                    "vn.directive.registration..", "vn.directive.submission..", "vn.directive.compliance..",
                    "vn.directive.document..", "vn.directive.security..", "vn.directive.history..");

    @ArchTest
    static final ArchRule theCascadeDoesNotCallThePackagesAboveIt = noClasses().that().resideInAPackage("vn.directive.cascade..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.directive.registration..", "vn.directive.submission..",
                    "vn.directive.compliance..", "vn.directive.document..", "vn.directive.security..");

    @ArchTest
    static final ArchRule webAndUnitsAreAtTheBottom = noClasses().that().resideInAnyPackage("vn.directive.web..", "vn.directive.unit..",
                    "vn.directive.calendar..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.directive.cascade..", "vn.directive.directive..",
                    "vn.directive.engine..", "vn.directive.registration..", "vn.directive.submission..",
                    "vn.directive.compliance..", "vn.directive.document..", "vn.directive.security..",
                    "vn.directive.notification..");
}
