package org.keywork.staff;

import java.util.List;
import java.util.Map;

import org.keywork.security.CurrentUser;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to teams: list with staff counts, create, edit. Logs ids
 * only.
 */
@Service
class TeamAdministration {

	private static final Logger log = LoggerFactory.getLogger(TeamAdministration.class);

	private final TeamRepository teams;

	TeamAdministration(TeamRepository teams) {
		this.teams = teams;
	}

	/**
	 * Every team by name, with how many active accounts belong to it (one grouped query).
	 */
	@Transactional(readOnly = true)
	List<TeamRow> list() {
		Map<Long, Long> counts = this.teams.countActiveMembers()
			.stream()
			.collect(java.util.stream.Collectors.toMap(TeamRepository.MemberCount::getTeamId,
					TeamRepository.MemberCount::getMembers));
		return this.teams.findAllByOrderByNameAsc()
			.stream()
			.map(team -> new TeamRow(team.getId(), team.getName(), team.getContactFrequencyDays(),
					team.getReviewIntervalMonths(), team.getOutcomeIntervalMonths(),
					counts.getOrDefault(team.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	TeamForm editForm(Long id) {
		return TeamForm.from(load(id));
	}

	/**
	 * Whether another team (not {@code exceptId}, which may be null) already has this
	 * name, ignoring case.
	 */
	@Transactional(readOnly = true)
	boolean nameTaken(String name, Long exceptId) {
		return exceptId == null ? this.teams.existsByNameIgnoreCase(name)
				: this.teams.existsByNameIgnoreCaseAndIdNot(name, exceptId);
	}

	@Transactional
	Long create(TeamForm form) {
		Team team = new Team(form.getName());
		form.applyTo(team);
		Long id = this.teams.saveAndFlush(team).getId();
		log.info("Team {} created by account {}", id, CurrentUser.get().getId());
		return id;
	}

	/**
	 * @throws StaleVersionException when the team changed since the form was opened
	 * (nothing is saved)
	 */
	@Transactional
	void update(Long id, TeamForm form) {
		Team team = load(id);
		if (team.getVersion() != form.getVersion()) {
			throw new StaleVersionException("Team", id);
		}
		form.applyTo(team);
		this.teams.flush();
		log.info("Team {} edited by account {}", id, CurrentUser.get().getId());
	}

	private Team load(Long id) {
		return this.teams.findById(id).orElseThrow(() -> new NotFoundException("Team", id));
	}

}
