package org.keywork.support;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.keywork.web.FlashMessage;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change asked of an agreed version (for example an old link to an edit form) goes back
 * to the record with an explanation: agreed versions are kept as they were, and a review
 * starts the next one. An action on a version that is no longer the latest (a button on a
 * page opened before someone else's change), where no form can be shown again, is the 409
 * page.
 */
@ControllerAdvice(basePackageClasses = SupportExceptionAdvice.class)
class SupportExceptionAdvice {

	@ExceptionHandler(RecordNotEditableException.class)
	String agreed(RecordNotEditableException ex, HttpServletRequest request, RedirectAttributes redirect) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		FlashMessage.notice(redirect, "support.agreedNotEditable");
		return SupportRecordController.redirectTo(Long.valueOf(variables.get("id")), ex.getKind());
	}

	@ExceptionHandler(StaleRecordException.class)
	String stale(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

}
