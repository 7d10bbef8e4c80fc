package org.keywork.twofactor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The administrator's choice for each role ({@code required[ROLE]} = true or false) with
 * the version each row had when the form was opened.
 */
class PolicyForm {

	private Map<String, Boolean> required = new LinkedHashMap<>();

	private Map<String, Long> versions = new LinkedHashMap<>();

	public Map<String, Boolean> getRequired() {
		return this.required;
	}

	public void setRequired(Map<String, Boolean> required) {
		this.required = required;
	}

	public Map<String, Long> getVersions() {
		return this.versions;
	}

	public void setVersions(Map<String, Long> versions) {
		this.versions = versions;
	}

}
