package org.keywork.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.caseload.CaseloadItems;
import org.keywork.database.Batch;
import org.keywork.database.Later;

import org.springframework.stereotype.Component;

/**
 * Consents to share that expire within {@value Consent#EXPIRY_WARNING_DAYS} days or have
 * expired, for My caseload, the dashboard and the callover: due on the expiry date. A
 * consent withdrawn, or followed by a later consent with the same agency or party, is no
 * longer flagged. One query for all the people asked about.
 */
@Component
class ConsentExpiry implements CaseloadItems {

	@Override
	public Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(Map.of());
		}
		return batch.sql("""
				select c.service_user_id, c.expires_on, coalesce(a.name, c.other_party) as party
				from share_consent c left join agency a on a.id = c.agency_id
				where c.service_user_id = any(:people) and c.withdrawn_on is null and c.expires_on <= :horizon
				  and not exists (select 1 from share_consent later
				    where later.service_user_id = c.service_user_id and later.id <> c.id and later.withdrawn_on is null
				      and later.given_on >= c.given_on and later.id > c.id
				      and (later.agency_id = c.agency_id or lower(later.other_party) = lower(c.other_party)))
				order by c.service_user_id, c.expires_on
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("horizon", today.plusDays(Consent.EXPIRY_WARNING_DAYS))
			.query((rs, i) -> {
				long person = rs.getLong("service_user_id");
				LocalDate expires = rs.getObject("expires_on", LocalDate.class);
				return CaseloadItem.due(person, expires.isAfter(today) ? "consent.due.expires" : "consent.due.expired",
						List.of(rs.getString("party")), expires, today, "/service-users/" + person + "/consent");
			})
			.map(list -> {
				Map<Long, List<CaseloadItem>> items = new HashMap<>();
				list.forEach(item -> items.computeIfAbsent(item.personId(), p -> new ArrayList<>()).add(item));
				return items;
			});
	}

}
