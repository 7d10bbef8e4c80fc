package org.keywork.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keywork.security.KeyworkUser;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of agencies and their services, kept by administrators. Agencies and
 * services are never deleted (referrals and consents name them): they are taken out of
 * use. Three queries read the whole directory, whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class Agencies {

	private static final Logger log = LoggerFactory.getLogger(Agencies.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	Agencies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every agency, those in use first, then by name. */
	public List<Agency> all() {
		Map<Long, List<Agency.Service>> services = new HashMap<>();
		this.jdbc.sql("select id, agency_id, name, active from agency_service order by agency_id, position, id")
			.query(rs -> {
				services.computeIfAbsent(rs.getLong("agency_id"), id -> new ArrayList<>())
					.add(new Agency.Service(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("name"),
							rs.getBoolean("active")));
			});
		Map<Long, List<Agency.Contact>> contacts = new HashMap<>();
		this.jdbc.sql("select agency_id, name, role, phone, email from agency_contact order by agency_id, position")
			.query(rs -> {
				contacts.computeIfAbsent(rs.getLong("agency_id"), id -> new ArrayList<>())
					.add(new Agency.Contact(rs.getString("name"), rs.getString("role"), rs.getString("phone"),
							rs.getString("email")));
			});
		return this.jdbc.sql("""
				select id, name, kind, address, phone, email, website, active, version from agency
				order by active desc, lower(name)
				""")
			.query((rs, i) -> new Agency(rs.getLong("id"), rs.getString("name"),
					AgencyKind.valueOf(rs.getString("kind")), rs.getString("address"), rs.getString("phone"),
					rs.getString("email"), rs.getString("website"), rs.getBoolean("active"), rs.getInt("version"),
					services.getOrDefault(rs.getLong("id"), List.of()),
					contacts.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** The agencies in use, for a referral or a consent. */
	public List<Agency> active() {
		return all().stream().filter(Agency::active).toList();
	}

	/** The agency, or 404. */
	public Agency get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Agency", id));
	}

	Optional<Agency> find(Long id) {
		return all().stream().filter(agency -> agency.id().equals(id)).findFirst();
	}

	boolean nameTaken(String name, Long exceptId) {
		return this.jdbc.sql("select count(*) from agency where lower(name) = lower(?) and id <> ?")
			.params(name.strip(), exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	/** Adds an agency as the form validated it. */
	@Transactional
	Long add(KeyworkUser user, AgencyForm form) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Long id = this.jdbc.sql("""
				insert into agency (name, kind, address, phone, email, website, created_at, created_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(form.getName().strip(), form.getKind().name(), AgencyForm.strip(form.getAddress()),
					AgencyForm.strip(form.getPhone()), AgencyForm.strip(form.getEmail()),
					AgencyForm.strip(form.getWebsite()), now, user.getId(), now)
			.query(Long.class)
			.single();
		saveServices(id, form.serviceLines());
		saveContacts(id, form.filledContacts());
		log.info("Agency {} added by account {}", id, user.getId());
		return id;
	}

	/**
	 * Saves the administrator's changes. Services no longer listed are taken out of use
	 * (referrals keep naming them); contacts are replaced.
	 * @throws StaleAgencyException if the agency changed since the form was opened
	 */
	@Transactional
	void update(KeyworkUser user, Long id, AgencyForm form) {
		Agency current = get(id);
		int updated = this.jdbc.sql("""
				update agency set name = ?, kind = ?, address = ?, phone = ?, email = ?, website = ?,
				  version = version + 1, updated_at = ?
				where id = ? and version = ?
				""")
			.params(form.getName().strip(), form.getKind().name(), AgencyForm.strip(form.getAddress()),
					AgencyForm.strip(form.getPhone()), AgencyForm.strip(form.getEmail()),
					AgencyForm.strip(form.getWebsite()), Timestamp.from(this.clock.instant()), id, form.getVersion())
			.update();
		if (updated == 0) {
			throw new StaleAgencyException(current.version());
		}
		saveServices(id, form.serviceLines());
		this.jdbc.sql("delete from agency_contact where agency_id = ?").param(id).update();
		saveContacts(id, form.filledContacts());
		log.info("Agency {} changed by account {}", id, user.getId());
	}

	/** Takes an agency out of use: its referrals and consents stay. */
	@Transactional
	void deactivate(KeyworkUser user, Long id) {
		get(id);
		this.jdbc.sql("update agency set active = false, version = version + 1 where id = ?").param(id).update();
		log.info("Agency {} taken out of use by account {}", id, user.getId());
	}

	private void saveServices(Long agencyId, List<String> names) {
		Map<String, Long> existing = new HashMap<>();
		this.jdbc.sql("select id, name from agency_service where agency_id = ?").param(agencyId).query(rs -> {
			existing.put(rs.getString("name").toLowerCase(java.util.Locale.ROOT), rs.getLong("id"));
		});
		this.jdbc.sql("update agency_service set active = false where agency_id = ?").param(agencyId).update();
		int position = 10;
		for (String name : names) {
			Long id = existing.get(name.toLowerCase(java.util.Locale.ROOT));
			if (id != null) {
				this.jdbc.sql("update agency_service set active = true, name = ?, position = ? where id = ?")
					.params(name, position, id)
					.update();
			}
			else {
				this.jdbc.sql("insert into agency_service (agency_id, name, position) values (?, ?, ?)")
					.params(agencyId, name, position)
					.update();
			}
			position += 10;
		}
	}

	private void saveContacts(Long agencyId, List<Agency.Contact> contacts) {
		int position = 10;
		for (Agency.Contact contact : contacts) {
			this.jdbc.sql(
					"insert into agency_contact (agency_id, name, role, phone, email, position) values (?, ?, ?, ?, ?, ?)")
				.params(agencyId, contact.name(), contact.role(), contact.phone(), contact.email(), position)
				.update();
			position += 10;
		}
	}

}
