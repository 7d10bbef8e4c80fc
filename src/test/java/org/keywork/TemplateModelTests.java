package org.keywork;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keywork.serviceusers.PersonPageSection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records the busiest pages render are public, and so is every record they hold.
 * Spring's expression compiler (spring.thymeleaf.enable-spring-el-compiler) compiles a
 * template expression to bytecode only when each method it calls is declared by a public
 * type; an expression on a package-private record is interpreted on every request,
 * reflection and type conversion included. Making the timeline's entry public took the
 * person page's interpreted expressions from 19 % to 10 % of its app CPU
 * (docs/performance.md).
 */
@KeyworkTest
class TemplateModelTests {

	@Autowired
	List<PersonPageSection> sections;

	@Test
	void theRecordsOfThePersonPageCaseloadAndDashboardArePublic() throws ClassNotFoundException {
		Set<Class<?>> roots = new LinkedHashSet<>();
		for (PersonPageSection section : this.sections) {
			for (Class<?> nested : ClassUtils.getUserClass(section).getDeclaredClasses()) {
				if (nested.isRecord()) {
					roots.add(nested);
				}
			}
		}
		for (String name : List.of("org.keywork.timeline.TimelineEntry", "org.keywork.caseload.CaseloadRow",
				"org.keywork.caseload.CaseloadService$Dashboard", "org.keywork.caseload.CaseloadService$MyCaseload",
				"org.keywork.serviceusers.Keyworkers$KeyworkerHistoryEntry",
				"org.keywork.serviceusers.PeerLinks$PeerLinkView", "org.keywork.serviceusers.ServiceUserRow",
				"org.keywork.serviceusers.PersonListRow")) {
			roots.add(Class.forName(name));
		}
		assertThat(roots).hasSizeGreaterThan(this.sections.size());

		Set<Class<?>> seen = new LinkedHashSet<>();
		roots.forEach(root -> collect(root, seen));
		List<String> hidden = new ArrayList<>();
		for (Class<?> type : seen) {
			if (!Modifier.isPublic(type.getModifiers())) {
				hidden.add(type.getName());
			}
		}
		assertThat(hidden).as("records rendered by templates that are not public").isEmpty();
	}

	/** The record and every record of Keywork's it holds, directly or in a collection. */
	private static void collect(Class<?> type, Set<Class<?>> seen) {
		if (!type.isRecord() || !type.getName().startsWith("org.keywork.") || !seen.add(type)) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			collect(component.getGenericType(), seen);
		}
	}

	private static void collect(Type type, Set<Class<?>> seen) {
		if (type instanceof Class<?> plain) {
			collect(plain, seen);
		}
		else if (type instanceof ParameterizedType generic) {
			collect(generic.getRawType(), seen);
			for (Type argument : generic.getActualTypeArguments()) {
				collect(argument, seen);
			}
		}
	}

}
