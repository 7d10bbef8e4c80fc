package org.keywork.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The access log for responses a controller writes as a body (downloads, calendar files):
 * logged just before the body is written, like a page before it renders (ADR 020). Also
 * answers a failed log write with the 500 page, never the data.
 */
@ControllerAdvice
class AccessLogBodyAdvice implements ResponseBodyAdvice<Object> {

	private static final Logger log = LoggerFactory.getLogger(AccessLogBodyAdvice.class);

	private final AccessLogInterceptor interceptor;

	AccessLogBodyAdvice(AccessLogInterceptor interceptor) {
		this.interceptor = interceptor;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servletRequest
				&& response instanceof ServletServerHttpResponse servletResponse) {
			this.interceptor.record(servletRequest.getServletRequest(),
					servletResponse.getServletResponse().getStatus());
		}
		return body;
	}

	@ExceptionHandler(AccessLogUnavailableException.class)
	String unavailable(AccessLogUnavailableException ex, HttpServletResponse response) {
		log.debug("Access log unavailable", ex);
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		return "error/500";
	}

}
