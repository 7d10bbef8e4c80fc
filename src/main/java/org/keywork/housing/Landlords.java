package org.keywork.housing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.security.KeyworkUser;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The landlords, kept by administrators and shared across people. Never deleted (a
 * tenancy names its landlord): taken out of use. Two queries read them all.
 */
@Service
@Transactional(readOnly = true)
class Landlords {

	private static final Logger log = LoggerFactory.getLogger(Landlords.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	Landlords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every landlord, those in use first, then by name. */
	List<Landlord> all() {
		Map<Long, List<Landlord.Contact>> contacts = new HashMap<>();
		this.jdbc
			.sql("select landlord_id, name, role, phone, email from landlord_contact order by landlord_id, position")
			.query(rs -> {
				contacts.computeIfAbsent(rs.getLong("landlord_id"), id -> new ArrayList<>())
					.add(new Landlord.Contact(rs.getString("name"), rs.getString("role"), rs.getString("phone"),
							rs.getString("email")));
			});
		return this.jdbc.sql("select id, name, kind, active, version from landlord order by active desc, lower(name)")
			.query((rs, i) -> new Landlord(rs.getLong("id"), rs.getString("name"),
					LandlordKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), rs.getInt("version"),
					contacts.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** The landlord, or 404. */
	Landlord get(Long id) {
		return all().stream()
			.filter(landlord -> landlord.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Landlord", id));
	}

	boolean nameTaken(String name, Long exceptId) {
		return this.jdbc.sql("select count(*) from landlord where lower(name) = lower(?) and id <> ?")
			.params(name.strip(), exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	Long add(KeyworkUser user, LandlordForm form) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Long id = this.jdbc.sql("""
				insert into landlord (name, kind, created_at, created_by, updated_at) values (?, ?, ?, ?, ?)
				returning id
				""")
			.params(form.getName().strip(), form.getKind().name(), now, user.getId(), now)
			.query(Long.class)
			.single();
		saveContacts(id, form.filledContacts());
		log.info("Landlord {} added by account {}", id, user.getId());
		return id;
	}

	/**
	 * Saves the administrator's changes; the contacts are replaced.
	 * @throws StaleLandlordException if the landlord changed since the form was opened
	 */
	@Transactional
	void update(KeyworkUser user, Long id, LandlordForm form) {
		Landlord current = get(id);
		int updated = this.jdbc.sql("""
				update landlord set name = ?, kind = ?, version = version + 1, updated_at = ?
				where id = ? and version = ?
				""")
			.params(form.getName().strip(), form.getKind().name(), Timestamp.from(this.clock.instant()), id,
					form.getVersion())
			.update();
		if (updated == 0) {
			throw new StaleLandlordException(current.version());
		}
		this.jdbc.sql("delete from landlord_contact where landlord_id = ?").param(id).update();
		saveContacts(id, form.filledContacts());
		log.info("Landlord {} changed by account {}", id, user.getId());
	}

	/** Takes a landlord out of use. */
	@Transactional
	void deactivate(KeyworkUser user, Long id) {
		get(id);
		this.jdbc.sql("update landlord set active = false, version = version + 1 where id = ?").param(id).update();
		log.info("Landlord {} taken out of use by account {}", id, user.getId());
	}

	private void saveContacts(Long landlordId, List<Landlord.Contact> contacts) {
		int position = 10;
		for (Landlord.Contact c : contacts) {
			this.jdbc.sql("""
					insert into landlord_contact (landlord_id, name, role, phone, email, position)
					values (?, ?, ?, ?, ?, ?)
					""").params(landlordId, c.name(), c.role(), c.phone(), c.email(), position).update();
			position += 10;
		}
	}

}
