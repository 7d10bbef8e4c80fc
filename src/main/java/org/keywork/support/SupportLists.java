package org.keywork.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The configurable lists the records use: life areas and safety-factor categories. Seeded
 * rows are named in the message bundles ({@code lifeArea.CODE},
 * {@code safetyCategory.CODE}); rows added later carry their own name.
 */
@Component
public class SupportLists {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	SupportLists(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public List<Option> lifeAreas() {
		return this.jdbc.sql("select code, name from life_area where active order by position, code")
			.query((rs, i) -> option("lifeArea.", rs.getString(1), rs.getString(2)))
			.list();
	}

	public List<Option> safetyCategories() {
		return this.jdbc.sql("select code, name from safety_category where active order by position, code")
			.query((rs, i) -> option("safetyCategory.", rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * Names of every life area, including retired ones that old versions may still
	 * mention.
	 */
	public Map<String, String> lifeAreaNames() {
		return this.jdbc.sql("select code, name from life_area")
			.query((rs, i) -> option("lifeArea.", rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Option::code, Option::name));
	}

	public Map<String, String> safetyCategoryNames() {
		return this.jdbc.sql("select code, name from safety_category")
			.query((rs, i) -> option("safetyCategory.", rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Option::code, Option::name));
	}

	/**
	 * Codes of the categories whose factors warn every member of staff who can see the
	 * person.
	 */
	public List<String> staffSafetyCategories() {
		return this.jdbc.sql("select code from safety_category where staff_safety").query(String.class).list();
	}

	private Option option(String prefix, String code, String name) {
		Locale locale = LocaleContextHolder.getLocale();
		return new Option(code, this.messages.getMessage(prefix + code, null, name, locale));
	}

	/** A choice in a list: its code and its name in the reader's language. */
	public record Option(String code, String name) {
	}

}
