package org.keywork;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package-per-capability layout holds: capabilities depend on each other in one direction only, the access
 * policy and the rest of security depend on no capability, and what a package keeps to itself is not public.
 */
class ModularityTests {

	private static final JavaClasses KEYWORK = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.keywork");

	@Test
	void capabilitiesHaveNoCycles() {
		slices().matching("org.keywork.(*)..").should().beFreeOfCycles().check(KEYWORK);
	}

	@Test
	void securityDependsOnNoCapability() {
		noClasses().that()
			.resideInAPackage("org.keywork.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.keywork.serviceusers..", "org.keywork.support..", "org.keywork.contacts..",
					"org.keywork.caseload..", "org.keywork.staff..", "org.keywork.timeline..", "org.keywork.portal..")
			.check(KEYWORK);
	}

	@Test
	void demoDataIsUsedByNothing() {
		noClasses().that()
			.resideOutsideOfPackage("org.keywork.demo..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.keywork.demo..")
			.check(KEYWORK);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that().areMetaAnnotatedWith(Controller.class).should().notBePublic().check(KEYWORK);
	}

	@Test
	void formsAreNotPublic() {
		classes().that().haveSimpleNameEndingWith("Form").should().notBePublic().check(KEYWORK);
	}

}
