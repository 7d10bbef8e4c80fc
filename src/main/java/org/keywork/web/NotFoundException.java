package org.keywork.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that is outside the signed-in account's reach: both
 * are answered with the same 404 page (ADR 001), so nobody can learn whether a record
 * exists by trying ids.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found or not in reach");
	}

}
