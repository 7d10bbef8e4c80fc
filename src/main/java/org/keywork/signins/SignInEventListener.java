package org.keywork.signins;

import org.keywork.security.KeyworkUser;
import org.keywork.security.SecondFactorReset;
import org.keywork.security.SecondFactorUsed;
import org.keywork.security.SignInLockedOut;
import org.keywork.signins.SignInHistory.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records the sign-in history from Spring Security's authentication events (published by
 * the sign-in's provider manager) and from {@code security}'s own events: a lockout
 * ({@link SignInLockedOut}), a second factor used ({@link SecondFactorUsed}) or removed
 * by an administrator ({@link SecondFactorReset}). A failure is recorded against the
 * account with the typed username, if any, by one statement that costs the same whatever
 * the username (ADR 004). A failure to record is logged, and never changes the answer to
 * the sign-in.
 */
@Component
class SignInEventListener {

	private static final Logger log = LoggerFactory.getLogger(SignInEventListener.class);

	private final SignInHistory history;

	SignInEventListener(SignInHistory history) {
		this.history = history;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof KeyworkUser user) {
			safely(() -> this.history.record(user.getId(), Outcome.SUCCESS, null, null));
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		safely(() -> this.history.recordForUsername(username, Outcome.FAILURE));
	}

	@EventListener
	void lockedOut(SignInLockedOut event) {
		safely(() -> this.history.recordForUsername(event.username(), Outcome.LOCKED_OUT));
	}

	@EventListener
	void secondFactor(SecondFactorUsed event) {
		safely(() -> this.history.record(event.accountId(), Outcome.SECOND_FACTOR, event.factor().name(), null));
	}

	@EventListener
	void secondFactorReset(SecondFactorReset event) {
		safely(() -> this.history.record(event.accountId(), Outcome.SECOND_FACTOR_RESET, null, event.byAccountId()));
	}

	private static void safely(Runnable recording) {
		try {
			recording.run();
		}
		catch (RuntimeException failure) {
			log.error("Could not record a sign-in event", failure);
		}
	}

}
