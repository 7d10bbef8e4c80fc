package org.keywork;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package-per-capability layout holds: capabilities depend on each other in one
 * direction only, the access policy and the rest of security depend on no capability, and
 * what a package keeps to itself is not public.
 */
class ModularityTests {

	private static final JavaClasses KEYWORK = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.keywork");

	/**
	 * The packages directly under {@code org.keywork} that every capability may use: they
	 * are no capability.
	 */
	private static final Set<String> CROSS_CUTTING = Set.of("security", "web", "database");

	@Test
	void capabilitiesHaveNoCycles() {
		slices().matching("org.keywork.(*)..").should().beFreeOfCycles().check(KEYWORK);
	}

	@Test
	void securityDependsOnNoCapability() {
		SortedSet<String> capabilities = capabilities();
		assertThat(capabilities).contains("serviceusers", "staff").doesNotContainAnyElementsOf(CROSS_CUTTING);
		String[] capabilityPackages = capabilities.stream()
			.map(name -> "org.keywork." + name + "..")
			.toArray(String[]::new);
		noClasses().that()
			.resideInAPackage("org.keywork.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(capabilityPackages)
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
	void controllersReachNoRepositoryAndNoSql() {
		noClasses().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("controllers keep to GET-form / POST-validate / redirect; services read and write")
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

	/**
	 * Every package directly under {@code org.keywork} except the cross-cutting ones, as
	 * found on the classpath.
	 */
	private static SortedSet<String> capabilities() {
		SortedSet<String> names = new TreeSet<>();
		for (JavaPackage subpackage : KEYWORK.getPackage("org.keywork").getSubpackages()) {
			names.add(subpackage.getRelativeName());
		}
		names.removeAll(CROSS_CUTTING);
		return names;
	}

}
