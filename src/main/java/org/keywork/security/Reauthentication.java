package org.keywork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A recent "confirm it's you" (ADR 018, re-authentication): before a session that has
 * completed its sign-in adds a sign-in factor (an authenticator app, a passkey) or makes
 * new recovery codes, the person gives their password (or a current code) again. The
 * session remembers when, for the account it was given for; it counts for
 * {@link #VALID_FOR}. A session in its forced first enrolment (the password typed a
 * moment ago, the role requires a second factor and the account has none) is never asked
 * twice.
 */
@Component
public class Reauthentication {

	/** The session attribute: "accountId@epochMillis" of the last confirmation. */
	public static final String ATTRIBUTE = "keywork.reauthenticatedAt";

	/** How long a confirmation counts. */
	public static final Duration VALID_FOR = Duration.ofMinutes(5);

	private final Clock clock;

	private final ObjectProvider<SecondFactorRequirement> requirement;

	Reauthentication(Clock clock, ObjectProvider<SecondFactorRequirement> requirement) {
		this.clock = clock;
		this.requirement = requirement;
	}

	/** Notes that the signed-in person has just confirmed it is them. */
	public void confirmed(HttpServletRequest request, KeyworkUser user) {
		request.getSession().setAttribute(ATTRIBUTE, user.getId() + "@" + this.clock.instant().toEpochMilli());
	}

	/**
	 * Whether the signed-in session may change its sign-in factors now: confirmed within
	 * {@link #VALID_FOR}, or in its forced first enrolment.
	 */
	public boolean allowed(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof KeyworkUser user)) {
			return false;
		}
		return forcedEnrolment(authentication, user) || recent(request, user);
	}

	/**
	 * Whether the session is in its forced first enrolment: not yet complete and the
	 * account must enrol (the password was given a moment ago).
	 */
	public boolean forcedEnrolment(Authentication authentication, KeyworkUser user) {
		if (SecondFactorRequirement.completed(authentication)) {
			return false;
		}
		SecondFactorRequirement found = this.requirement.getIfAvailable();
		return found != null && found.need(user) == SecondFactorRequirement.Need.ENROL;
	}

	/** Whether this account confirmed it is them in this session within the window. */
	public boolean recent(HttpServletRequest request, KeyworkUser user) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String kept)) {
			return false;
		}
		String owner = user.getId() + "@";
		if (!kept.startsWith(owner)) {
			// another account signed in later in the same browser never inherits it
			return false;
		}
		Instant at;
		try {
			at = Instant.ofEpochMilli(Long.parseLong(kept.substring(owner.length())));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		Instant now = this.clock.instant();
		return !at.isAfter(now) && now.isBefore(at.plus(VALID_FOR));
	}

}
