package org.keywork.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keywork.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two lists administrators configure (life areas and safety categories): read, add,
 * change. The list is one of the two names the admin routes allow ({@code life-areas},
 * {@code safety-categories}); the table name is chosen here from those two only.
 */
@Service
@Transactional(readOnly = true)
class ListAdministration {

	private final JdbcClient jdbc;

	ListAdministration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> entries(String list, Map<String, String> names) {
		return this.jdbc
			.sql("select code, position, active, " + staffSafetyColumn(list) + ", version from " + table(list)
					+ " order by position, code")
			.query((rs, i) -> new Entry(rs.getString(1), names.get(rs.getString(1)), rs.getInt(2), rs.getBoolean(3),
					rs.getBoolean(4), rs.getLong(5)))
			.list();
	}

	@Transactional
	void add(String list, String code, ListEntryForm form) {
		if (list.equals("life-areas")) {
			this.jdbc.sql("insert into life_area (code, name, position, active) values (?, ?, ?, ?)")
				.params(code, form.getName().trim(), form.getPosition(), form.isActive())
				.update();
		}
		else {
			this.jdbc
				.sql("insert into safety_category (code, name, position, active, staff_safety) values (?, ?, ?, ?, ?)")
				.params(code, form.getName().trim(), form.getPosition(), form.isActive(), form.isStaffSafety())
				.update();
		}
	}

	/**
	 * Saves the entry if nobody saved it since the form was opened (the form's version).
	 * @throws StaleEntryException if someone did
	 */
	@Transactional
	void update(String list, String code, ListEntryForm form) {
		long version = form.getVersion() == null ? -1 : form.getVersion();
		int updated;
		if (list.equals("life-areas")) {
			updated = this.jdbc.sql("""
					update life_area set name = ?, position = ?, active = ?, version = version + 1
					where code = ? and version = ?
					""").params(form.getName().trim(), form.getPosition(), form.isActive(), code, version).update();
		}
		else {
			updated = this.jdbc
				.sql("""
						update safety_category set name = ?, position = ?, active = ?, staff_safety = ?, version = version + 1
						where code = ? and version = ?
						""")
				.params(form.getName().trim(), form.getPosition(), form.isActive(), form.isStaffSafety(), code, version)
				.update();
		}
		if (updated == 0) {
			throw new StaleEntryException();
		}
	}

	/** Someone saved the entry after the form was opened. */
	static class StaleEntryException extends RuntimeException {

		StaleEntryException() {
			super("List entry changed since the form was opened");
		}

	}

	/** One entry, or 404. */
	Entry entry(String list, String code, Map<String, String> names) {
		List<Entry> found = this.jdbc
			.sql("select code, position, active, " + staffSafetyColumn(list) + ", version from " + table(list)
					+ " where code = ?")
			.param(code)
			.query((rs, i) -> new Entry(rs.getString(1), names.get(rs.getString(1)), rs.getInt(2), rs.getBoolean(3),
					rs.getBoolean(4), rs.getLong(5)))
			.list();
		if (found.isEmpty()) {
			throw new NotFoundException("List entry", code);
		}
		return found.get(0);
	}

	boolean exists(String list, String code, String name) {
		return this.jdbc.sql("select count(*) from " + table(list) + " where code = ? or lower(name) = lower(?)")
			.params(code, name.trim())
			.query(Long.class)
			.single() > 0;
	}

	/** Table names come only from the two values the path pattern allows. */
	private static String table(String list) {
		return list.equals("life-areas") ? "life_area" : "safety_category";
	}

	private static String staffSafetyColumn(String list) {
		return list.equals("life-areas") ? "false" : "staff_safety";
	}

	static String code(String name) {
		String code = name == null ? ""
				: name.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
		return code.length() > 40 ? code.substring(0, 40) : code;
	}

	/** One entry of a list, for the admin pages. */
	record Entry(String code, String name, int position, boolean active, boolean staffSafety, long version) {
	}

}
