package org.keywork.sessions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.keywork.security.KeyworkUser;
import org.keywork.security.SignInDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The open sessions of the signed-in account, found by its username in Spring Session's
 * principal-name index (one indexed query), and signing out all but the current one. Logs
 * account ids only.
 */
@Service
class OwnSessions {

	private static final Logger log = LoggerFactory.getLogger(OwnSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OwnSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** The account's unexpired sessions: this one first, then the most recently used. */
	List<SessionRow> list(KeyworkUser user, String currentSessionId) {
		return found(user).values()
			.stream()
			.filter(session -> !session.isExpired())
			.map(session -> row(session, currentSessionId))
			.sorted(Comparator.comparing(SessionRow::current)
				.reversed()
				.thenComparing(SessionRow::lastSeen, Comparator.reverseOrder()))
			.toList();
	}

	/**
	 * Ends every session of the account but the current one.
	 * @return how many were ended
	 */
	int signOutEverywhereElse(KeyworkUser user, String currentSessionId) {
		int ended = 0;
		for (String id : found(user).keySet()) {
			if (!id.equals(currentSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		log.info("Account {} signed out {} other session(s)", user.getId(), ended);
		return ended;
	}

	private Map<String, ? extends Session> found(KeyworkUser user) {
		return this.sessions.findByPrincipalName(user.getUsername());
	}

	private static SessionRow row(Session session, String currentSessionId) {
		String device = session.getAttribute(SignInDevice.ATTRIBUTE);
		String browser = "";
		String system = "";
		if (device != null) {
			int slash = device.indexOf('/');
			browser = slash < 0 ? device : device.substring(0, slash);
			system = slash < 0 ? "" : device.substring(slash + 1);
		}
		return new SessionRow(session.getCreationTime(), session.getLastAccessedTime(), browser, system,
				session.getId().equals(currentSessionId));
	}

	/**
	 * One open session: when it signed in, when it was last used, its browser and system
	 * (empty when not known) and whether it is the one asking.
	 */
	record SessionRow(Instant started, Instant lastSeen, String browser, String system, boolean current) {
	}

}
