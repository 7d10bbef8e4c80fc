package org.keywork.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.database.Batch;
import org.keywork.database.Later;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The configurable lists the records use: life areas and safety-factor categories. Seeded
 * rows are named in the message bundles ({@code lifeArea.CODE},
 * {@code safetyCategory.CODE}); rows added later carry their own name.
 */
@Component
public class SupportLists {

	private static final String ROWS = SupportLists.class.getName() + ".rows";

	private static final String ROWS_SQL = """
			select true as life_area, code, name, active, false as staff_safety, position from life_area
			union all
			select false, code, name, active, staff_safety, position from safety_category
			order by life_area desc, position, code
			""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	SupportLists(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public List<Option> lifeAreas() {
		return rows().stream()
			.filter(row -> row.lifeArea() && row.active())
			.map(row -> option("lifeArea.", row.code(), row.name()))
			.toList();
	}

	public List<Option> safetyCategories() {
		return rows().stream()
			.filter(row -> !row.lifeArea() && row.active())
			.map(row -> option("safetyCategory.", row.code(), row.name()))
			.toList();
	}

	/**
	 * Names of every life area, including retired ones that old versions may still
	 * mention.
	 */
	public Map<String, String> lifeAreaNames() {
		return rows().stream()
			.filter(Row::lifeArea)
			.map(row -> option("lifeArea.", row.code(), row.name()))
			.collect(Collectors.toMap(Option::code, Option::name));
	}

	public Map<String, String> safetyCategoryNames() {
		return rows().stream()
			.filter(row -> !row.lifeArea())
			.map(row -> option("safetyCategory.", row.code(), row.name()))
			.collect(Collectors.toMap(Option::code, Option::name));
	}

	/**
	 * Codes of the categories whose factors warn every member of staff who can see the
	 * person.
	 */
	public List<String> staffSafetyCategories() {
		return rows().stream().filter(row -> !row.lifeArea() && row.staffSafety()).map(Row::code).toList();
	}

	/**
	 * Both lists, every row, in their order (position, then code): one statement, read
	 * once per page (a GET request) and kept in the request for the other look-ups a
	 * record page makes (names, active choices, staff-safety codes); read afresh
	 * otherwise, so a change made by a POST is always seen.
	 */
	private List<Row> rows() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		boolean page = page(request);
		if (page && request.getAttribute(ROWS, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
			@SuppressWarnings("unchecked")
			List<Row> rows = (List<Row>) cached;
			return rows;
		}
		if (page && request.getAttribute(ROWS, RequestAttributes.SCOPE_REQUEST) instanceof Later<?> registered) {
			@SuppressWarnings("unchecked")
			List<Row> rows = (List<Row>) registered.get();
			request.setAttribute(ROWS, rows, RequestAttributes.SCOPE_REQUEST);
			return rows;
		}
		List<Row> rows = this.jdbc.sql(ROWS_SQL).query(SupportLists::row).list();
		if (page) {
			request.setAttribute(ROWS, rows, RequestAttributes.SCOPE_REQUEST);
		}
		return rows;
	}

	/**
	 * On a page (a GET request), registers the read of both lists in the page's batch, so
	 * that it shares the batch's statement; the look-ups made afterwards read its rows.
	 */
	public void register(Batch batch) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (page(request) && request.getAttribute(ROWS, RequestAttributes.SCOPE_REQUEST) == null) {
			request.setAttribute(ROWS, batch.sql(ROWS_SQL).query(SupportLists::row), RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static boolean page(RequestAttributes request) {
		return request instanceof ServletRequestAttributes servlet && "GET".equals(servlet.getRequest().getMethod());
	}

	private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Row(rs.getBoolean("life_area"), rs.getString("code"), rs.getString("name"), rs.getBoolean("active"),
				rs.getBoolean("staff_safety"));
	}

	private record Row(boolean lifeArea, String code, String name, boolean active, boolean staffSafety) {
	}

	private Option option(String prefix, String code, String name) {
		Locale locale = LocaleContextHolder.getLocale();
		return new Option(code, this.messages.getMessage(prefix + code, null, name, locale));
	}

	/** A choice in a list: its code and its name in the reader's language. */
	public record Option(String code, String name) {
	}

}
