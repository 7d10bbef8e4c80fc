package org.keywork.rent;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A landlord's statement larger than the upload limit (20 MB,
 * {@code spring.servlet.multipart.*}) is refused before any controller sees it: a page
 * that says so (413), rather than the generic error page. The rent import is the only
 * upload in Keywork.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private static final Logger log = LoggerFactory.getLogger(UploadLimitAdvice.class);

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response) {
		log.info("Upload refused: larger than {} bytes", ex.getMaxUploadSize());
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return "rent/too-large";
	}

}
