package org.keywork.security;

import java.util.Locale;

/**
 * The browser and system a session signed in from, summarised from the User-Agent at
 * sign-in as {@code browser/system} (for instance {@code Firefox/Windows}, either part
 * empty when the header does not name it) and kept in the session under
 * {@link #ATTRIBUTE}, so that *My sessions* can tell the account's sessions apart. Only
 * the summary is kept, never the full header or the address.
 */
public final class SignInDevice {

	/** The session attribute holding the summary. */
	public static final String ATTRIBUTE = "org.keywork.security.SignInDevice";

	private SignInDevice() {
	}

	/**
	 * A short, non-identifying summary of a User-Agent header: {@code browser/system},
	 * either part empty when unknown.
	 */
	public static String summarise(String userAgent) {
		String ua = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
		String browser;
		if (ua.contains("edg/")) {
			browser = "Edge";
		}
		else if (ua.contains("opr/") || ua.contains("opera")) {
			browser = "Opera";
		}
		else if (ua.contains("firefox/")) {
			browser = "Firefox";
		}
		else if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")) {
			browser = "Chrome";
		}
		else if (ua.contains("safari/")) {
			browser = "Safari";
		}
		else {
			browser = "";
		}
		String system;
		if (ua.contains("android")) {
			system = "Android";
		}
		else if (ua.contains("iphone") || ua.contains("ipad")) {
			system = "iOS";
		}
		else if (ua.contains("windows")) {
			system = "Windows";
		}
		else if (ua.contains("mac os")) {
			system = "macOS";
		}
		else if (ua.contains("cros")) {
			system = "ChromeOS";
		}
		else if (ua.contains("linux")) {
			system = "Linux";
		}
		else {
			system = "";
		}
		return browser + "/" + system;
	}

}
