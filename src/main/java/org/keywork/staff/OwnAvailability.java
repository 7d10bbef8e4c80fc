package org.keywork.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member of staff's own work phone and contact hours. */
@Service
class OwnAvailability {

	private static final Logger log = LoggerFactory.getLogger(OwnAvailability.class);

	private final JdbcClient jdbc;

	OwnAvailability(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	AvailabilityForm form(Long accountId) {
		return this.jdbc.sql("select work_phone, contact_hours from account where id = ?")
			.param(accountId)
			.query((rs, i) -> {
				AvailabilityForm form = new AvailabilityForm();
				form.setWorkPhone(rs.getString("work_phone"));
				form.setContactHours(rs.getString("contact_hours"));
				return form;
			})
			.single();
	}

	@Transactional
	void save(Long accountId, AvailabilityForm form) {
		this.jdbc.sql("update account set work_phone = ?, contact_hours = ? where id = ?")
			.params(form.getWorkPhone().isEmpty() ? null : form.getWorkPhone(),
					form.getContactHours().isEmpty() ? null : form.getContactHours(), accountId)
			.update();
		log.info("Account {} changed their work phone and contact hours", accountId);
	}

}
