package org.keywork.support;

import java.util.ArrayList;
import java.util.List;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PersonRecord;
import org.keywork.security.Role;
import org.keywork.serviceusers.PersonBanner;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The staff-safety warnings of a person, as a banner on every page of that person
 * ({@code /service-users/{id}/**}): the factors of their latest Safety &amp; Wellbeing
 * Plan in a staff-safety category. Staff of the person's team see each description; a
 * linked peer sees the descriptions of shared factors and, for anything withheld, only
 * that there is a concern to ask the keyworker about. Service users and administrators
 * never get it.
 *
 * <p>
 * One query finds the factors, registered in the page's banner batch so that it is sent
 * with the other banners' queries as one statement (most people have none, and then
 * nothing else is asked); only when there are some is the access policy asked whether
 * this account may see the person. A person out of reach simply gets no warnings here,
 * and the controller answers 404 as usual. First of the person's banners.
 */
@Component
@Order(0)
class StaffSafetyBanner implements PersonBanner {

	private final AccessPolicy policy;

	StaffSafetyBanner(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Later<List<Banner>> banners(KeyworkUser user, long personId, Batch batch) {
		if (user.hasRole(Role.SERVICE_USER) || user.hasRole(Role.ADMIN)) {
			return Later.of(List.of());
		}
		return batch
			.sql("""
					select su.team_id, su.keyworker_id, r.withheld as record_withheld, f.value ->> 'description' as description,
					       coalesce((f.value ->> 'withheld')::boolean, false) as factor_withheld
					from service_user su
					join lateral (
					  select content, withheld from support_record
					  where service_user_id = su.id and kind = 'SAFETY_PLAN'
					  order by version_number desc limit 1
					) r on true
					cross join lateral jsonb_array_elements(coalesce(r.content -> 'factors', '[]'::jsonb)) f
					where su.id = ?
					  and f.value ->> 'category' in (select code from safety_category where staff_safety)
					""")
			.param(personId)
			.query((rs, i) -> new FactorRow(rs.getLong("team_id"), rs.getObject("keyworker_id", Long.class),
					rs.getBoolean("record_withheld") || rs.getBoolean("factor_withheld"), rs.getString("description")))
			.map(rows -> {
				List<StaffSafetyWarning> warnings = warnings(user, personId, rows);
				return warnings.isEmpty() ? List.<Banner>of()
						: List.of(new Banner("support/safety/staff-safety-banner", "banner", warnings));
			});
	}

	private List<StaffSafetyWarning> warnings(KeyworkUser user, long personId, List<FactorRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		PersonRecord person = new Person(personId, rows.get(0).teamId(), rows.get(0).keyworkerId());
		if (!this.policy.canRead(user, person)) {
			return List.of();
		}
		boolean seesWithheld = this.policy.canEdit(user, person);
		List<StaffSafetyWarning> warnings = new ArrayList<>();
		boolean generic = false;
		for (FactorRow row : rows) {
			if (!row.withheld() || seesWithheld) {
				warnings.add(new StaffSafetyWarning(row.description(), row.withheld() && seesWithheld));
			}
			else {
				generic = true;
			}
		}
		if (generic) {
			warnings.add(StaffSafetyWarning.GENERIC);
		}
		return warnings;
	}

	private record FactorRow(long teamId, Long keyworkerId, boolean withheld, String description) {
	}

	private record Person(Long getId, Long getTeamId, Long getKeyworkerId) implements PersonRecord {
	}

	/**
	 * One warning: a factor's description, or (description {@code null}) the generic
	 * notice a peer gets for a concern withheld from them. {@code withheld} marks, for
	 * staff, a factor not shared with the person.
	 */
	public record StaffSafetyWarning(String description, boolean withheld) {

		static final StaffSafetyWarning GENERIC = new StaffSafetyWarning(null, false);

		public boolean isGeneric() {
			return this.description == null;
		}

	}

}
