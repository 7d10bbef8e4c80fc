package org.keywork.portal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How a person reaches the staff who support them: name, work phone and when to call, one query each. */
@Component
class PortalQueries {

	private final JdbcClient jdbc;

	PortalQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	StaffContact contact(Long accountId) {
		return this.jdbc.sql("select display_name, work_phone, contact_hours from account where id = ?")
			.param(accountId)
			.query((rs, i) -> new StaffContact(rs.getString("display_name"), rs.getString("work_phone"),
					rs.getString("contact_hours")))
			.optional()
			.orElse(null);
	}

	/** A member of staff as the person sees them. {@code phoneLink} is the number without spaces, for tel: links. */
	record StaffContact(String name, String phone, String hours) {

		public String phoneLink() {
			return this.phone == null ? null : this.phone.replaceAll("[^0-9+]", "");
		}

	}

}
