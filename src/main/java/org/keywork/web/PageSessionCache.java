package org.keywork.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Reads a session from the database at most once per page. Spring Session's filter asks
 * its repository for the requested session at the start of the request and again when it
 * commits the session at the end (after the response has been written, to check that the
 * cookie still names a session), and that second look-up is a second {@code SELECT} of
 * the same row. While a page transaction is open ({@link PageTransactionFilter}) the
 * session repository's answers are kept for the rest of that transaction: a session
 * found, saved or deleted in it is known without asking the database again. Outside a
 * page transaction (POSTs, the clean-up job, *My sessions*' look-ups by name) every call
 * goes to the database as before.
 *
 * <p>
 * It also writes a session's last access time at most once a {@link #ACCESS_TIME_STEP
 * minute}. Spring Session moves it on every request, and that alone made every request
 * update the session's row (and, since the expiry time is indexed, add an entry to each
 * of its indexes). A session found in the database is handed out wrapped: moving its last
 * access time by less than a minute is not a change, so a request that changes nothing
 * else writes nothing. A session may therefore expire up to a minute early, and *My
 * sessions* shows when it was last used to the minute (ADR 017).
 */
class PageSessionCache implements BeanPostProcessor {

	/** How far a session's last access time moves before it is written again. */
	static final Duration ACCESS_TIME_STEP = Duration.ofMinutes(1);

	/** The transaction resource that holds a page's sessions by id. */
	static final Object KEY = PageSessionCache.class.getName();

	/** Called by the page filter once its transaction has begun. */
	static void open() {
		TransactionSynchronizationManager.bindResource(KEY, new HashMap<String, Object>());
	}

	/** Called by the page filter before its transaction ends. */
	static void close() {
		TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof SessionRepository<?>) || Proxy.isProxyClass(bean.getClass())) {
			return bean;
		}
		return Proxy.newProxyInstance(bean.getClass().getClassLoader(), ClassUtils.getAllInterfaces(bean),
				(proxy, method, args) -> {
					@SuppressWarnings("unchecked")
					Map<String, Object> sessions = (Map<String, Object>) TransactionSynchronizationManager
						.getResource(KEY);
					String name = method.getName();
					if (sessions != null && name.equals("findById") && args.length == 1 && args[0] instanceof String id
							&& sessions.containsKey(id)) {
						return sessions.get(id);
					}
					if (name.equals("save") && args.length == 1 && args[0] != null
							&& Proxy.isProxyClass(args[0].getClass())
							&& Proxy.getInvocationHandler(args[0]) instanceof AccessTimeStep step) {
						args = new Object[] { step.session };
					}
					Object result = call(bean, method, args);
					if (name.equals("findById") && result instanceof Session found) {
						result = AccessTimeStep.wrap(found);
					}
					if (sessions != null) {
						if (name.equals("findById") && args.length == 1 && args[0] instanceof String id) {
							sessions.put(id, result);
						}
						else if (name.equals("deleteById") && args.length == 1 && args[0] instanceof String id) {
							sessions.put(id, null);
						}
						else if (name.equals("save") && args.length == 1 && args[0] instanceof Session saved) {
							sessions.put(saved.getId(), AccessTimeStep.wrap(saved));
						}
					}
					return result;
				});
	}

	/**
	 * A stored session as Spring Session's filter sees it: the same session, except that
	 * a last access time less than {@link #ACCESS_TIME_STEP} after the stored one is not
	 * set (so does not mark the session changed).
	 */
	static final class AccessTimeStep implements InvocationHandler {

		private final Session session;

		private AccessTimeStep(Session session) {
			this.session = session;
		}

		static Session wrap(Session session) {
			if (Proxy.isProxyClass(session.getClass())
					&& Proxy.getInvocationHandler(session) instanceof AccessTimeStep) {
				return session;
			}
			return (Session) Proxy.newProxyInstance(session.getClass().getClassLoader(),
					ClassUtils.getAllInterfaces(session), new AccessTimeStep(session));
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("setLastAccessedTime") && args.length == 1 && args[0] instanceof Instant time
					&& !time.isBefore(this.session.getLastAccessedTime())
					&& time.isBefore(this.session.getLastAccessedTime().plus(ACCESS_TIME_STEP))) {
				return null;
			}
			return call(this.session, method, args);
		}

	}

	private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
