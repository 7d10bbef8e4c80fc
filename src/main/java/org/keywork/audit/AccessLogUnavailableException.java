package org.keywork.audit;

/**
 * The access log could not be written, so the response that would have shown a person's
 * data is not sent (ADR 020).
 */
class AccessLogUnavailableException extends RuntimeException {

	AccessLogUnavailableException(Throwable cause) {
		super("The access log could not be written", cause);
	}

}
