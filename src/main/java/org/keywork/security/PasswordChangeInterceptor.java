package org.keywork.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * After an administrator resets a password, the person must choose their own before they
 * can do anything else.
 */
public class PasswordChangeInterceptor implements HandlerInterceptor {

	public static final String CHANGE_PASSWORD_PATH = "/account/password";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KeyworkUser user
				&& user.isMustChangePassword()) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!path.equals(CHANGE_PASSWORD_PATH) && !path.equals("/error")) {
				response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
				return false;
			}
		}
		return true;
	}

}
