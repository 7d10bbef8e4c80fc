package org.keywork.twofactor;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.keywork.security.EnrolledFactor;
import org.keywork.security.FactorChanges;
import org.keywork.security.KeyworkUser;
import org.keywork.security.LoginThrottle;
import org.keywork.security.Role;
import org.keywork.security.SecondFactorRequirement;
import org.keywork.security.SecondFactorReset;
import org.keywork.security.SecondFactorUsed;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of staff accounts (ADR 018): what a signed-in account still needs,
 * completing a sign-in with a code, and the changes to an account's second factors (each
 * one ends the account's other sessions, {@link FactorChanges}).
 */
@Service
class SecondFactors implements SecondFactorRequirement {

	private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

	private final SecondFactorPolicy policy;

	private final List<EnrolledFactor> factors;

	private final Authenticators authenticators;

	private final RecoveryCodes recoveryCodes;

	private final FactorChanges changes;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactors(SecondFactorPolicy policy, List<EnrolledFactor> factors, Authenticators authenticators,
			RecoveryCodes recoveryCodes, FactorChanges changes, LoginThrottle throttle,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.policy = policy;
		this.factors = factors;
		this.authenticators = authenticators;
		this.recoveryCodes = recoveryCodes;
		this.changes = changes;
		this.throttle = throttle;
		this.events = events;
		this.jdbc = jdbc;
	}

	@Override
	public Need need(KeyworkUser user) {
		if (user.getRole() == Role.SERVICE_USER) {
			return Need.NONE;
		}
		if (enrolled(user.getId())) {
			return Need.VERIFY;
		}
		return this.policy.required(user.getRole()) ? Need.ENROL : Need.NONE;
	}

	@Override
	public boolean required(Role role) {
		return this.policy.required(role);
	}

	@Override
	public boolean enrolled(long accountId) {
		return this.factors.stream().anyMatch(factor -> factor.enrolled(accountId));
	}

	/** Whether the account may have an authenticator app: staff only. */
	static boolean offeredTo(KeyworkUser user) {
		return user.getRole() != Role.SERVICE_USER;
	}

	/**
	 * Completes the sign-in of this session with a second factor: the session gets the
	 * factor's authority (under a new session id), the failure count is cleared, and the
	 * sign-in history hears of it.
	 */
	void completeSignIn(SecondFactorUsed.Factor factor, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		KeyworkUser user = (KeyworkUser) current.getPrincipal();
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		authorities.add(FactorGrantedAuthority
			.fromAuthority((factor == SecondFactorUsed.Factor.TOTP) ? TOTP_AUTHORITY : RECOVERY_CODE_AUTHORITY));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.contexts.saveContext(context, request, response);
		this.throttle.recordSuccess(user.getUsername());
		log.info("Second factor given: account {} ({})", user.getId(), factor);
		this.events.publishEvent(new SecondFactorUsed(user.getId(), factor));
	}

	/**
	 * Whether the account's username is locked after repeated failures: then no code is
	 * even tried (another half signed-in session must not keep guessing during the lock).
	 */
	boolean locked(KeyworkUser user) {
		return this.throttle.isLocked(user.getUsername());
	}

	/**
	 * A right password (or code) given to confirm it is them: the failure count is
	 * cleared, as after a sign-in.
	 */
	void confirmed(KeyworkUser user) {
		log.info("Account {} confirmed it is them", user.getId());
		this.throttle.recordSuccess(user.getUsername());
	}

	/**
	 * Counts a wrong code like a failed sign-in.
	 * @return whether the account is now locked
	 */
	boolean wrongCode(KeyworkUser user) {
		log.info("Second factor refused for account {}", user.getId());
		return this.throttle.recordFailure(user.getUsername());
	}

	/**
	 * Saves the authenticator app of the signed-in account if the code is right, with new
	 * recovery codes.
	 * @return the recovery codes to show once, or empty when the code was wrong
	 */
	@Transactional
	List<String> enrol(KeyworkUser user, String secret, String code, HttpServletRequest request) {
		if (!this.authenticators.enrol(user.getId(), secret, code)) {
			return List.of();
		}
		List<String> codes = this.recoveryCodes.replace(user.getId());
		this.changes.changed(user.getId(), request);
		return codes;
	}

	/** New recovery codes for the signed-in account, replacing the old ones. */
	@Transactional
	List<String> newRecoveryCodes(KeyworkUser user, HttpServletRequest request) {
		List<String> codes = this.recoveryCodes.replace(user.getId());
		this.changes.changed(user.getId(), request);
		return codes;
	}

	/** Removes the signed-in account's authenticator app and recovery codes. */
	@Transactional
	void removeAuthenticator(KeyworkUser user, HttpServletRequest request) {
		this.authenticators.remove(user.getId());
		this.recoveryCodes.remove(user.getId());
		this.changes.changed(user.getId(), request);
	}

	/**
	 * An administrator removes an account's authenticator app and recovery codes (a lost
	 * device): its sessions end at their next request and, where its role requires a
	 * second factor, it enrols again at its next sign-in.
	 * @throws NotFoundException when there is no such account
	 */
	@Transactional
	void reset(long accountId, long byAccountId) {
		boolean exists = this.jdbc.sql("select count(*) from account where id = ?")
			.param(accountId)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new NotFoundException("Account", accountId);
		}
		this.authenticators.remove(accountId);
		this.recoveryCodes.remove(accountId);
		this.changes.changed(accountId, null);
		log.info("Second factors of account {} reset by account {}", accountId, byAccountId);
		this.events.publishEvent(new SecondFactorReset(accountId, byAccountId));
	}

}
