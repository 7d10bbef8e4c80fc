package org.keywork;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.util.ClassUtils;

/**
 * Counts the SQL statements the application sends to the database while some test code
 * runs. The application's {@link DataSource} bean is wrapped in a JDK proxy; so is every
 * connection it hands out, and every statement those connections prepare or create. Each
 * {@code execute…} call on a statement is one statement sent (a batch counts once). Only
 * statements run on the thread that is recording count, so the application's background
 * work never disturbs a test; outside {@link #record} the proxies only pass calls on.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	/** Some test code; usually one MockMvc request. */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	/** Runs the action and returns the SQL of every statement it executed, in order. */
	public List<String> record(Action action) throws Exception {
		List<String> statements = new ArrayList<>();
		RECORDING.set(statements);
		try {
			action.run();
		}
		finally {
			RECORDING.remove();
		}
		return statements;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(dataSource, (target, method, args) -> {
				Object result = method.invoke(target, args);
				return result instanceof Connection connection ? connection(connection) : result;
			});
		}
		return bean;
	}

	private static Connection connection(Connection target) {
		return proxy(target, (connection, method, args) -> {
			Object result = method.invoke(connection, args);
			if (result instanceof Statement statement) {
				// prepareStatement and prepareCall carry their SQL; createStatement is
				// given it on execute
				String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
				return statement(statement, sql);
			}
			return result;
		});
	}

	private static Statement statement(Statement target, String preparedSql) {
		return proxy(target, (statement, method, args) -> {
			if (method.getName().startsWith("execute") && RECORDING.get() != null) {
				String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
				RECORDING.get().add(sql == null ? "(batch)" : sql.strip().replaceAll("\\s+", " "));
			}
			return method.invoke(statement, args);
		});
	}

	/**
	 * A proxy with every public interface of the target, passing each call on (and
	 * unwrapping what the call throws); equal only to itself.
	 */
	@SuppressWarnings("unchecked")
	private static <T> T proxy(T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("equals") && method.getParameterCount() == 1) {
				return proxy == args[0];
			}
			if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
				return System.identityHashCode(proxy);
			}
			try {
				return handler.invoke(target, method, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		Class<?>[] interfaces = Arrays.stream(ClassUtils.getAllInterfaces(target))
			.filter(type -> Modifier.isPublic(type.getModifiers()))
			.toArray(Class<?>[]::new);
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, invocation);
	}

	@FunctionalInterface
	private interface Handler<T> {

		Object invoke(T target, Method method, Object[] args) throws Throwable;

	}

}
