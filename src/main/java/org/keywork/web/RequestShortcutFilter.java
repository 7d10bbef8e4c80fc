package org.keywork.web;

import java.io.IOException;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last filter before Spring MVC. By then Spring Session, Spring Security and Tomcat
 * have wrapped the request several times over, and each of Spring MVC's and Thymeleaf's
 * questions went down the whole chain: the method, asked once for each of several hundred
 * request mappings while finding the controller, and the request attributes, which hold
 * the model, asked for each variable a template reads (thousands on a person's page).
 * Together about a fifth of that page's CPU. This wrapper answers the method from the
 * value it had when the request arrived, and the attributes from the innermost request
 * that holds them, skipping the wrappers that only pass attributes on (found by whether
 * their class overrides the attribute methods of {@link ServletRequestWrapper}).
 * Everything else goes down the chain as before. If the chain below changes (Tomcat puts
 * its own wrapper in for a forward or an include), the innermost holder is looked for
 * again.
 */
class RequestShortcutFilter extends OncePerRequestFilter {

	/**
	 * Whether a wrapper class leaves the attribute methods as ServletRequestWrapper has
	 * them.
	 */
	private static final ClassValue<Boolean> PASSES_ATTRIBUTES_ON = new ClassValue<>() {
		@Override
		protected Boolean computeValue(Class<?> type) {
			try {
				return type.getMethod("getAttribute", String.class).getDeclaringClass() == ServletRequestWrapper.class
						&& type.getMethod("setAttribute", String.class, Object.class)
							.getDeclaringClass() == ServletRequestWrapper.class
						&& type.getMethod("removeAttribute", String.class)
							.getDeclaringClass() == ServletRequestWrapper.class
						&& type.getMethod("getAttributeNames").getDeclaringClass() == ServletRequestWrapper.class;
			}
			catch (NoSuchMethodException ex) {
				return false;
			}
		}
	};

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new ShortcutRequest(request), response);
	}

	/** The request as Spring MVC and the templates see it. */
	static final class ShortcutRequest extends HttpServletRequestWrapper {

		private final String method;

		/** The wrapper just above the holder (this one, if none). */
		private ServletRequestWrapper aboveHolder;

		/** The innermost request that answers attribute questions itself. */
		private ServletRequest holder;

		ShortcutRequest(HttpServletRequest request) {
			super(request);
			this.method = request.getMethod();
			findHolder();
		}

		private void findHolder() {
			ServletRequestWrapper above = this;
			ServletRequest current = getRequest();
			while (current instanceof ServletRequestWrapper wrapper && PASSES_ATTRIBUTES_ON.get(wrapper.getClass())) {
				above = wrapper;
				current = wrapper.getRequest();
			}
			this.aboveHolder = above;
			this.holder = current;
		}

		private ServletRequest holder() {
			if (this.aboveHolder.getRequest() != this.holder) {
				findHolder();
			}
			return this.holder;
		}

		@Override
		public String getMethod() {
			return this.method;
		}

		@Override
		public Object getAttribute(String name) {
			return holder().getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return holder().getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			holder().setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			holder().removeAttribute(name);
		}

	}

}
