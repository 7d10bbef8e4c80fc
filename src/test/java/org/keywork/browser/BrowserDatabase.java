package org.keywork.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.springframework.util.StringUtils;

/**
 * The browser tests' own PostgreSQL database beside the configured one (see
 * {@link BrowserTest}): {@code jdbc:postgresql://host/keywork} becomes
 * {@code jdbc:postgresql://host/keywork_browser}, created if it does not exist, with the
 * configured user and password.
 */
final class BrowserDatabase {

	static final String SUFFIX = "_browser";

	private BrowserDatabase() {
	}

	/** The configured database URL, or null when none is (embedded or Testcontainers). */
	static String configuredUrl() {
		String url = setting("spring.datasource.url", "SPRING_DATASOURCE_URL");
		return StringUtils.hasText(url) && url.startsWith("jdbc:postgresql:") ? url : null;
	}

	/** Creates the browser tests' database if needed and returns its URL. */
	static String create(String url) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String params = query < 0 ? "" : url.substring(query);
		int slash = base.lastIndexOf('/');
		String name = base.substring(slash + 1) + SUFFIX;
		if (!name.matches("[A-Za-z0-9_]+")) {
			throw new IllegalStateException("Unexpected database name in " + base);
		}
		Properties credentials = new Properties();
		String user = setting("spring.datasource.username", "SPRING_DATASOURCE_USERNAME");
		String password = setting("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD");
		if (user != null) {
			credentials.setProperty("user", user);
		}
		if (password != null) {
			credentials.setProperty("password", password);
		}
		try (Connection connection = DriverManager.getConnection(url, credentials);
				Statement statement = connection.createStatement();
				var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
			if (!exists.next()) {
				statement.execute("create database \"" + name + "\"");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the browser tests' database " + name, ex);
		}
		return base.substring(0, slash + 1) + name + params;
	}

	private static String setting(String property, String variable) {
		String value = System.getProperty(property);
		return StringUtils.hasText(value) ? value : System.getenv(variable);
	}

}
