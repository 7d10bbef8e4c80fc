package org.keywork.serviceusers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

	Sort toSort() {
		return switch (this.sort == null ? "" : this.sort) {
			case "reference" -> Sort.by("reference");
			case "status" -> Sort.by("status", "legalName");
			case "newest" -> Sort.by(Sort.Direction.DESC, "createdAt");
			default -> Sort.by("legalName", "id");
		};
	}

	/** The filters, limited to the teams the signed-in account may see. */
	Specification<ServiceUser> toSpecification(Set<Long> visibleTeamIds) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(root.get("teamId").in(visibleTeamIds));
			if (!this.q.isEmpty()) {
				// a plain "contains" that no index serves: the people are reached through
				// their team (a team is a few hundred people), whatever was typed; the
				// trigram indexes this replaced made a plan that read the whole index for
				// a one- or two-letter search (ADR 023)
				String needle = this.q.toLowerCase(Locale.ROOT);
				where.add(cb.or(contains(cb, root.get("legalName"), needle),
						contains(cb, root.get("preferredName"), needle), contains(cb, root.get("reference"), needle)));
			}
			if (this.teamId != null) {
				where.add(cb.equal(root.get("teamId"), this.teamId));
			}
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			if (this.keyworkerId != null) {
				where.add(cb.equal(root.get("keyworkerId"), this.keyworkerId));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static Predicate contains(CriteriaBuilder cb, Expression<String> column, String needle) {
		return cb.greaterThan(cb.locate(cb.lower(column), needle), 0);
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
