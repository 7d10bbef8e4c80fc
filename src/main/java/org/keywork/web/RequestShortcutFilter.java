package org.keywork.web;

import java.io.IOException;

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
 * value it had when the request arrived, and reads an attribute from the innermost
 * request that answers for it, skipping the wrappers that only pass the question on
 * (found by whether their class overrides {@link ServletRequestWrapper#getAttribute}),
 * and sets one likewise (Thymeleaf keeps a loop's variables there). Everything else goes
 * down the chain as before. If the chain below changes (Tomcat puts its own wrapper in
 * for a forward or an include), the innermost one is looked for again.
 */
class RequestShortcutFilter extends OncePerRequestFilter {

	/** Whether a wrapper class reads attributes as ServletRequestWrapper does. */
	private static final ClassValue<Boolean> READS_THROUGH = passesOn("getAttribute", String.class);

	private static final ClassValue<Boolean> SETS_THROUGH = passesOn("setAttribute", String.class, Object.class);

	private static final ClassValue<Boolean> REMOVES_THROUGH = passesOn("removeAttribute", String.class);

	/**
	 * Whether a wrapper class sets and removes attributes as ServletRequestWrapper does.
	 */
	private static final ClassValue<Boolean> WRITES_THROUGH = new ClassValue<>() {
		@Override
		protected Boolean computeValue(Class<?> type) {
			return SETS_THROUGH.get(type) && REMOVES_THROUGH.get(type);
		}
	};

	private static ClassValue<Boolean> passesOn(String method, Class<?>... parameters) {
		return new ClassValue<>() {
			@Override
			protected Boolean computeValue(Class<?> type) {
				try {
					return type.getMethod(method, parameters).getDeclaringClass() == ServletRequestWrapper.class;
				}
				catch (NoSuchMethodException ex) {
					return false;
				}
			}
		};
	}

	/** The innermost request of the chain below {@code start} that answers for itself. */
	private static Link innermost(ServletRequestWrapper start, ClassValue<Boolean> passesOn) {
		ServletRequestWrapper above = start;
		ServletRequest current = start.getRequest();
		while (current instanceof ServletRequestWrapper wrapper && passesOn.get(wrapper.getClass())) {
			above = wrapper;
			current = wrapper.getRequest();
		}
		return new Link(above, current);
	}

	/**
	 * A request that answers for itself, and the wrapper just above it: while that
	 * wrapper still wraps it, nobody has changed the chain in between.
	 */
	private record Link(ServletRequestWrapper above, ServletRequest target) {

		boolean intact() {
			return this.above.getRequest() == this.target;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new ShortcutRequest(request), response);
	}

	/** The request as Spring MVC and the templates see it. */
	static final class ShortcutRequest extends HttpServletRequestWrapper {

		private final String method;

		/**
		 * The innermost request that reads attributes itself, and the wrapper just above
		 * it (this one, if none).
		 */
		private Link reader;

		/** The same for setting and removing attributes. */
		private Link writer;

		ShortcutRequest(HttpServletRequest request) {
			super(request);
			this.method = request.getMethod();
			this.reader = innermost(this, READS_THROUGH);
			this.writer = innermost(this, WRITES_THROUGH);
		}

		private ServletRequest reader() {
			if (!this.reader.intact()) {
				this.reader = innermost(this, READS_THROUGH);
			}
			return this.reader.target();
		}

		private ServletRequest writer() {
			if (!this.writer.intact()) {
				this.writer = innermost(this, WRITES_THROUGH);
			}
			return this.writer.target();
		}

		@Override
		public String getMethod() {
			return this.method;
		}

		@Override
		public Object getAttribute(String name) {
			return reader().getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			writer().setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			writer().removeAttribute(name);
		}

	}

}
