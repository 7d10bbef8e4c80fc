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
 * <p>
 * It counts <b>transactions</b> too, as PostgreSQL sees them: a statement sent while the
 * connection is in auto-commit mode is a transaction of its own; a statement sent with
 * auto-commit off starts a transaction unless one is already open on that connection, and
 * the transaction ends with {@code commit()}, {@code rollback()} or auto-commit turned
 * back on. A transaction that sends no statement (a read-only service method that found
 * everything it needed cached) never reaches the database (PgJDBC sends {@code BEGIN}
 * with the first statement) and does not count. Transactions of Spring Session's own
 * repository count like any other: they are part of the request's cost. Each recorded
 * statement is prefixed with the number of its transaction, {@code [t1]}, {@code [t2]},
 * so a failing test shows which statements shared one.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();

	/** What one {@link #record} call saw. */
	public record Recorded(List<String> statements, int transactions) {
	}

	private static final class Recording {

		private final List<String> statements = new ArrayList<>();

		private int transactions;

	}

	/** Whether a connection has an open transaction that has already been counted. */
	private static final class TransactionState {

		private boolean counted;

	}

	/** Some test code; usually one MockMvc request. */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	/** Runs the action and returns the SQL of every statement it executed, in order. */
	public List<String> record(Action action) throws Exception {
		return recordAll(action).statements().stream().map(sql -> sql.substring(sql.indexOf(' ') + 1)).toList();
	}

	/**
	 * Runs the action and returns the SQL of every statement it executed, in order, each
	 * prefixed with its transaction's number, and how many transactions there were.
	 */
	public Recorded recordAll(Action action) throws Exception {
		Recording recording = new Recording();
		RECORDING.set(recording);
		try {
			action.run();
		}
		finally {
			RECORDING.remove();
		}
		return new Recorded(List.copyOf(recording.statements), recording.transactions);
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
		TransactionState transaction = new TransactionState();
		return proxy(target, (connection, method, args) -> {
			String name = method.getName();
			if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)
					|| name.equals("setAutoCommit") || name.equals("close")) {
				transaction.counted = false;
			}
			Object result = method.invoke(connection, args);
			if (result instanceof Statement statement) {
				// prepareStatement and prepareCall carry their SQL; createStatement is
				// given it on execute
				String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
				return statement(statement, sql, connection, transaction);
			}
			return result;
		});
	}

	private static Statement statement(Statement target, String preparedSql, Connection connection,
			TransactionState transaction) {
		return proxy(target, (statement, method, args) -> {
			Recording recording = RECORDING.get();
			if (method.getName().startsWith("execute") && recording != null) {
				if (connection.getAutoCommit() || !transaction.counted) {
					recording.transactions++;
					transaction.counted = !connection.getAutoCommit();
				}
				String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
				recording.statements.add("[t" + recording.transactions + "] "
						+ (sql == null ? "(batch)" : sql.strip().replaceAll("\\s+", " ")));
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
