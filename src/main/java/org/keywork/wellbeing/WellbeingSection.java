package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Wellbeing on the person's page: per scale, the latest score, the change since the first
 * reading and when the next is due, with a link to the trend. One query, sent with the
 * rest of the page's. Nothing at all for a reader who may not see outcome measures (a
 * peer without the Overview in their link); withheld readings only for staff.
 */
@Component
@Order(30)
class WellbeingSection implements PersonPageSection {

	private final AccessPolicy policy;

	WellbeingSection(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canReadOutcomes(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean canRecord = this.policy.canRecordOutcomes(user, person);
		return batch.sql("""
				select r.scale_code, count(*) as readings,
				  (array_agg(r.score order by r.taken_on, r.id))[1] as first_score,
				  (array_agg(r.score order by r.taken_on desc, r.id desc))[1] as latest_score,
				  max(r.taken_on) as latest_on, t.outcome_interval_months
				from wellbeing_reading r
				join service_user s on s.id = r.service_user_id
				join team t on t.id = s.team_id
				where r.service_user_id = :person and (:seesWithheld or not r.withheld)
				group by r.scale_code, t.outcome_interval_months
				order by r.scale_code
				""")
			.param("person", person.getId())
			.param("seesWithheld", this.policy.seesWithheld(user, person))
			.query((rs, i) -> {
				Scale scale = Scale.valueOf(rs.getString("scale_code"));
				LocalDate latestOn = rs.getObject("latest_on", LocalDate.class);
				return new Row(scale, rs.getInt("readings"), rs.getBigDecimal("first_score"),
						rs.getBigDecimal("latest_score"), latestOn,
						WellbeingDue.due(latestOn, rs.getInt("outcome_interval_months")));
			})
			.map(rows -> Optional.of(new Content("wellbeing/fragments", "section", new Data(rows, canRecord))));
	}

	/** One scale on the person's page. */
	public record Row(Scale scale, int readings, BigDecimal firstScore, BigDecimal latestScore, LocalDate latestOn,
			LocalDate nextDue) {

		public String latestText() {
			return WellbeingScoring.text(this.scale, this.latestScore);
		}

		public String changeText() {
			return WellbeingScoring.text(this.scale, this.latestScore.subtract(this.firstScore).abs());
		}

		public int direction() {
			return this.latestScore.compareTo(this.firstScore);
		}

	}

	public record Data(List<Row> rows, boolean canRecord) {
	}

}
