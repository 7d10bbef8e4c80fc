package org.keywork.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.housing.EarlyWarningSignal;
import org.keywork.web.Dates;

import org.springframework.stereotype.Component;

/**
 * A benefit suspended, sanctioned or stopped raises the early warning, since the date it
 * took that status ("Universal Credit suspended since 3 November"). One query for all the
 * people; withheld benefits too (the caller asks only for staff who may change the
 * record).
 */
@Component
class BenefitSignal implements EarlyWarningSignal {

	private final WelfareBenefits benefits;

	private final Dates dates;

	BenefitSignal(WelfareBenefits benefits, Dates dates) {
		this.benefits = benefits;
		this.dates = dates;
	}

	@Override
	public Later<Map<Long, List<Signal>>> signals(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("""
				select service_user_id, benefit, other_name, status, status_since from welfare_benefit
				where service_user_id = any(:ids) and status in ('SUSPENDED', 'SANCTIONED', 'STOPPED')
				order by status_since, id
				""").param("ids", personIds.toArray(Long[]::new)).query((rs, n) -> {
			long person = rs.getLong("service_user_id");
			String name = this.benefits.name(BenefitType.valueOf(rs.getString("benefit")), rs.getString("other_name"));
			LocalDate since = rs.getObject("status_since", LocalDate.class);
			return new Signal(person, "benefits.signal." + rs.getString("status"),
					List.of(name, this.dates.date(since)), since, "/service-users/" + person + "/benefits");
		}).map(list -> {
			Map<Long, List<Signal>> signals = new HashMap<>();
			list.forEach(signal -> signals.computeIfAbsent(signal.personId(), id -> new ArrayList<>()).add(signal));
			return signals;
		});
	}

}
