package org.keywork.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PersonRecord;
import org.keywork.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the staff-safety warnings of a person on every page of that person ({@code /service-users/{id}/**}): the
 * factors of their latest Safety &amp; Wellbeing Plan in a staff-safety category. Staff of the person's team see
 * each description; a linked peer sees the descriptions of shared factors and, for anything withheld, only that
 * there is a concern to ask the keyworker about. Service users and administrators never get it.
 *
 * <p>
 * One query finds the factors (most people have none, and then nothing else is asked); only when there are some is
 * the access policy asked whether this account may see the person. It never throws: a person out of reach simply
 * gets no warnings here, and the controller answers 404 as usual.
 */
@ControllerAdvice
class StaffSafetyAdvice {

	private static final Logger log = LoggerFactory.getLogger(StaffSafetyAdvice.class);

	private static final String PATH_PREFIX = "/service-users/";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	StaffSafetyAdvice(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	@ModelAttribute("staffSafetyWarnings")
	List<StaffSafetyWarning> staffSafetyWarnings(HttpServletRequest request) {
		try {
			return warnings(request);
		}
		catch (RuntimeException ex) {
			log.warn("Could not load staff-safety warnings for {}", request.getRequestURI(), ex);
			return List.of();
		}
	}

	private List<StaffSafetyWarning> warnings(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(PATH_PREFIX)) {
			return List.of();
		}
		Long personId = personId(request);
		KeyworkUser user = currentUser();
		if (personId == null || user == null || user.hasRole(Role.SERVICE_USER) || user.hasRole(Role.ADMIN)) {
			return List.of();
		}
		List<FactorRow> rows = this.jdbc.sql("""
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
			.query((rs, i) -> new FactorRow(rs.getLong("team_id"), (Long) rs.getObject("keyworker_id"),
					rs.getBoolean("record_withheld") || rs.getBoolean("factor_withheld"),
					rs.getString("description")))
			.list();
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

	private static Long personId(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") instanceof String id) {
			try {
				return Long.valueOf(id);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static KeyworkUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof KeyworkUser user) ? user : null;
	}

	private record FactorRow(long teamId, Long keyworkerId, boolean withheld, String description) {
	}

	private record Person(Long getId, Long getTeamId, Long getKeyworkerId) implements PersonRecord {
	}

	/**
	 * One warning: a factor's description, or (description {@code null}) the generic notice a peer gets for a
	 * concern withheld from them. {@code withheld} marks, for staff, a factor not shared with the person.
	 */
	public record StaffSafetyWarning(String description, boolean withheld) {

		static final StaffSafetyWarning GENERIC = new StaffSafetyWarning(null, false);

		public boolean isGeneric() {
			return this.description == null;
		}

	}

}
