package org.keywork.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings for the embedded PostgreSQL used when no database is configured. */
@ConfigurationProperties("keywork.embedded-postgres")
public class EmbeddedPostgresProperties {

	/** Whether to start an embedded server when no datasource URL is set. */
	private boolean enabled = true;

	/**
	 * Where the server keeps its data; blank means a temporary directory removed on
	 * shutdown.
	 */
	private String dataDirectory = "";

	/** Port to listen on; 0 picks a free one. */
	private int port = 0;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getDataDirectory() {
		return this.dataDirectory;
	}

	public void setDataDirectory(String dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

}
