package org.keywork.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
 */
class PageSessionCache implements BeanPostProcessor {

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
					Object result = call(bean, method, args);
					if (sessions != null) {
						if (name.equals("findById") && args.length == 1 && args[0] instanceof String id) {
							sessions.put(id, result);
						}
						else if (name.equals("deleteById") && args.length == 1 && args[0] instanceof String id) {
							sessions.put(id, null);
						}
						else if (name.equals("save") && args.length == 1 && args[0] instanceof Session saved) {
							sessions.put(saved.getId(), saved);
						}
					}
					return result;
				});
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
