package org.keywork.serviceusers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the service-user list is filtered and sorted by; bound from the query string.
 * Unknown sort keys fall back to the name.
 */
class ServiceUserSearch {

	private String q = "";

	private Long teamId;

	private ServiceUserStatus status;

	private Long keyworkerId;

	private String sort = "name";

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q == null ? "" : q.trim();
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public ServiceUserStatus getStatus() {
		return this.status;
	}

	public void setStatus(ServiceUserStatus status) {
		this.status = status;
	}

	public Long getKeyworkerId() {
		return this.keyworkerId;
	}

	public void setKeyworkerId(Long keyworkerId) {
		this.keyworkerId = keyworkerId;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	/**
	 * The list's order in SQL ({@code s}: the person; unknown keys fall back to the
	 * name), with the id last so that a page never shows a person twice.
	 */
	String orderBy() {
		return switch (this.sort == null ? "" : this.sort) {
			case "reference" -> "s.reference, s.id";
			case "status" -> "s.status, s.legal_name, s.id";
			case "newest" -> "s.created_at desc, s.id desc";
			default -> "s.legal_name, s.id";
		};
	}

	/**
	 * The filters as a SQL condition on {@code s} (the person), limited to the teams the
	 * signed-in account may see, with their parameters. Its text depends only on which
	 * filters are set, never on their values (ADR 023).
	 */
	Condition toCondition(Set<Long> visibleTeamIds) {
		StringBuilder where = new StringBuilder("s.team_id = any(cast(string_to_array(:teams, ',') as bigint[]))");
		Map<String, Object> params = new HashMap<>();
		params.put("teams", visibleTeamIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
		if (!this.q.isEmpty()) {
			// a plain "contains" that no index serves: the people are reached through
			// their team (a team is a few hundred people), whatever was typed; the
			// trigram indexes this replaced made a plan that read the whole index for
			// a one- or two-letter search (ADR 023)
			where.append(" and (strpos(lower(s.legal_name), :q) > 0 or strpos(lower(s.preferred_name), :q) > 0"
					+ " or strpos(lower(s.reference), :q) > 0)");
			params.put("q", this.q.toLowerCase(Locale.ROOT));
		}
		if (this.teamId != null) {
			where.append(" and s.team_id = :team");
			params.put("team", this.teamId);
		}
		if (this.status != null) {
			where.append(" and s.status = :status");
			params.put("status", this.status.name());
		}
		if (this.keyworkerId != null) {
			where.append(" and s.keyworker_id = :keyworker");
			params.put("keyworker", this.keyworkerId);
		}
		return new Condition(where.toString(), params);
	}

	/** A SQL condition and its named parameters. */
	record Condition(String sql, Map<String, Object> params) {
	}

	/** The list URL with these filters, for pagination and sort links. */
	public String toQueryString(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (!this.q.isEmpty()) {
			uri.queryParam("q", this.q);
		}
		if (this.teamId != null) {
			uri.queryParam("teamId", this.teamId);
		}
		if (this.status != null) {
			uri.queryParam("status", this.status);
		}
		if (this.keyworkerId != null) {
			uri.queryParam("keyworkerId", this.keyworkerId);
		}
		if (this.sort != null && !this.sort.equals("name")) {
			uri.queryParam("sort", this.sort);
		}
		return uri.encode().build().toUriString();
	}

}
