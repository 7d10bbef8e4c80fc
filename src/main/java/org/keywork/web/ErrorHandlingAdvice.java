package org.keywork.web;

import java.beans.PropertyEditorSupport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers for requests the application cannot act on, instead of a 500 or the framework's
 * own warnings (ADR 001, "Bad input"):
 * <ul>
 * <li>a concurrent change caught at commit time: the 409 page;</li>
 * <li>a path variable that is not even of the right type ({@code /service-users/abc}, an
 * id longer than a long): the 404 page, exactly like an id that names no record in
 * reach;</li>
 * <li>a query or form parameter that no person types and that cannot be read (a filter
 * value that is not on the list, a hidden version that is not a number, an element far
 * past the end of a list): the 400 page.</li>
 * </ul>
 * Values a person typed are never logged here: only the parameter's name and the route's
 * pattern, which carry ids at most.
 */
@ControllerAdvice
class ErrorHandlingAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandlingAdvice.class);

	/**
	 * Drops NUL characters from every bound text value: no keyboard types one, and
	 * PostgreSQL refuses to store text that holds one, so keeping it would turn a save
	 * into a server error.
	 */
	@InitBinder
	void withoutNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text == null ? null : text.replace("\u0000", ""));
			}

		});
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String conflict(ObjectOptimisticLockingFailureException ex, HttpServletResponse response) {
		log.info("Edit conflict on {} {}", ex.getPersistentClassName(), ex.getIdentifier());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String unreadableArgument(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return notFound(ex.getName(), request, response);
		}
		return badRequest("parameter " + ex.getName(), request, response);
	}

	@ExceptionHandler(BindException.class)
	String unreadableFields(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		return badRequest("fields " + ex.getFieldErrors().stream().map(FieldError::getField).toList(), request,
				response);
	}

	@ExceptionHandler(InvalidPropertyException.class)
	String unbindableField(InvalidPropertyException ex, HttpServletRequest request, HttpServletResponse response) {
		return badRequest("field " + ex.getPropertyName(), request, response);
	}

	/** A path variable that is empty once read, as {@code /service-users/%20} gives. */
	@ExceptionHandler(MissingPathVariableException.class)
	String emptyPathVariable(MissingPathVariableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return notFound(ex.getVariableName(), request, response);
	}

	/**
	 * A required parameter missing, a required header or cookie missing, and the like.
	 */
	@ExceptionHandler(ServletRequestBindingException.class)
	String unboundRequest(ServletRequestBindingException ex, HttpServletRequest request, HttpServletResponse response) {
		return badRequest(ex.getClass().getSimpleName(), request, response);
	}

	private static String notFound(String variable, HttpServletRequest request, HttpServletResponse response) {
		log.info("Not found: unreadable path variable {} for {} {}", variable, request.getMethod(), pattern(request));
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	private static String badRequest(String what, HttpServletRequest request, HttpServletResponse response) {
		log.info("Bad request: unreadable {} for {} {}", what, request.getMethod(), pattern(request));
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "error/400";
	}

	/** The route as mapped ({@code /service-users/{id}}), not the address as sent. */
	private static Object pattern(HttpServletRequest request) {
		return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
	}

}
