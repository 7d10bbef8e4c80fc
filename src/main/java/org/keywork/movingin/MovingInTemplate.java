package org.keywork.movingin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.keywork.security.KeyworkUser;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moving-in template kept by administrators: items in order, each in use or not
 * (taken out of use, never deleted). Only checklists started afterwards see a change.
 */
@Service
@Transactional(readOnly = true)
class MovingInTemplate {

	private static final Logger log = LoggerFactory.getLogger(MovingInTemplate.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	MovingInTemplate(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<TemplateItem> all() {
		return this.jdbc.sql("""
				select id, label, position, active, version from moving_in_template_item
				order by active desc, position, id
				""")
			.query((rs, i) -> new TemplateItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getLong(5)))
			.list();
	}

	TemplateItem get(Long id) {
		return this.jdbc.sql("select id, label, position, active, version from moving_in_template_item where id = ?")
			.param(id)
			.query((rs, i) -> new TemplateItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getLong(5)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Moving-in template item", id));
	}

	int nextPosition() {
		return this.jdbc.sql("select coalesce(max(position), 0) + 10 from moving_in_template_item")
			.query(Integer.class)
			.single();
	}

	@Transactional
	Long add(KeyworkUser user, TemplateItemForm form) {
		Long id = this.jdbc.sql("""
				insert into moving_in_template_item (label, position, active, created_at, created_by)
				values (?, ?, ?, ?, ?) returning id
				""")
			.params(form.getLabel().strip(), form.getPosition(), form.isActive(), Timestamp.from(this.clock.instant()),
					user.getId())
			.query(Long.class)
			.single();
		log.info("Moving-in template item {} added by account {}", id, user.getId());
		return id;
	}

	/**
	 * @throws StaleItemException if it changed since the form's version was read
	 */
	@Transactional
	void update(KeyworkUser user, Long id, TemplateItemForm form) {
		get(id);
		int changed = this.jdbc.sql("""
				update moving_in_template_item set label = ?, position = ?, active = ?, changed_at = ?, changed_by = ?,
				  version = version + 1
				where id = ? and version = ?
				""")
			.params(form.getLabel().strip(), form.getPosition(), form.isActive(), Timestamp.from(this.clock.instant()),
					user.getId(), id, form.getVersion())
			.update();
		if (changed == 0) {
			throw new StaleItemException(id);
		}
		log.info("Moving-in template item {} changed by account {}", id, user.getId());
	}

}
