package org.keywork.serviceusers;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.keywork.serviceusers.ServiceUserSearch.Condition;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The people list's query: a page of the people matching a {@link ServiceUserSearch} in
 * the teams the account may see, and their number when the page is full. Written in SQL:
 * the same filters as a JPA criteria query were translated afresh by Hibernate on every
 * search (about 7 % of the search page's CPU at national scale, docs/performance.md),
 * where the text of a native query is parsed once. The count is skipped when the first
 * page is not full, as Spring Data does.
 */
@Component
class PeopleSearch {

	private final EntityManager entityManager;

	PeopleSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Page<ServiceUser> find(ServiceUserSearch search, Set<Long> visibleTeamIds, Pageable page) {
		Condition where = search.toCondition(visibleTeamIds);
		Query rows = this.entityManager.createNativeQuery(
				"select s.* from service_user s where " + where.sql() + " order by " + search.orderBy(),
				ServiceUser.class);
		where.params().forEach(rows::setParameter);
		rows.setFirstResult((int) page.getOffset());
		rows.setMaxResults(page.getPageSize());
		@SuppressWarnings("unchecked")
		List<ServiceUser> people = rows.getResultList();
		return PageableExecutionUtils.getPage(people, page, () -> {
			Query count = this.entityManager
				.createNativeQuery("select count(*) from service_user s where " + where.sql(), Long.class);
			where.params().forEach(count::setParameter);
			return (Long) count.getSingleResult();
		});
	}

}
