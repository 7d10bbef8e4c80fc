package org.keywork.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page of a list a {@code ?page=} number asks for, brought into range: below the
 * first is the first, and no page starts so far on that its offset cannot be counted (JPA
 * counts offsets in an int). A page past the last row is simply empty. The page size is
 * always the list's own, never the address's.
 */
public final class Pages {

	private Pages() {
	}

	public static PageRequest of(int page, int size) {
		return of(page, size, Sort.unsorted());
	}

	public static PageRequest of(int page, int size, Sort sort) {
		int last = Integer.MAX_VALUE / size - 1;
		return PageRequest.of(Math.min(Math.max(page, 0), last), size, sort);
	}

}
