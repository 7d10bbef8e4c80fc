package org.keywork.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Turns a concurrent change caught at commit time into the 409 page instead of a 500. */
@ControllerAdvice
class ErrorHandlingAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandlingAdvice.class);

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String conflict(ObjectOptimisticLockingFailureException ex, HttpServletResponse response) {
		log.info("Edit conflict on {} {}", ex.getPersistentClassName(), ex.getIdentifier());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

}
