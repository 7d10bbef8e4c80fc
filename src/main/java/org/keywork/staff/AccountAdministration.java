package org.keywork.staff;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.keywork.security.CurrentUser;
import org.keywork.security.LoginThrottle;
import org.keywork.security.Role;
import org.keywork.web.NotFoundException;
import org.keywork.web.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts: list, create, edit, deactivate, reset a
 * password. Never touches case content. Logs account ids only.
 */
@Service
class AccountAdministration {

	static final int PAGE_SIZE = 25;

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final AccessApprovals approvals;

	AccountAdministration(AccountRepository accounts, TeamRepository teams, PasswordEncoder encoder,
			LoginThrottle throttle, AccessApprovals approvals) {
		this.approvals = approvals;
		this.accounts = accounts;
		this.teams = teams;
		this.encoder = encoder;
		this.throttle = throttle;
	}

	/**
	 * A page of accounts sorted by username in the database; teams come in one further
	 * query for the page.
	 */
	@Transactional(readOnly = true)
	Page<AccountRow> search(String query, Role role, int page) {
		String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
		Page<Account> found = this.accounts.search(q, role, Pages.of(page, PAGE_SIZE, Sort.by("username", "id")));
		Map<Long, Account> withTeams = this.accounts.findWithTeamsByIdIn(found.map(Account::getId).getContent())
			.stream()
			.collect(Collectors.toMap(Account::getId, Function.identity()));
		return found.map(account -> AccountRow.of(withTeams.getOrDefault(account.getId(), account)));
	}

	@Transactional(readOnly = true)
	AccountRow get(Long id) {
		return AccountRow.of(load(id));
	}

	@Transactional(readOnly = true)
	AccountForm editForm(Long id) {
		return AccountForm.from(load(id));
	}

	@Transactional(readOnly = true)
	boolean usernameTaken(String username) {
		return this.accounts.existsByUsernameIgnoreCase(username);
	}

	/**
	 * Whether the role reaches people (has teams): every staff role but ADMIN. An
	 * administrator gives such access, or a password to an account with it, only with a
	 * second administrator's approval (ADR 021).
	 */
	static boolean caseAccess(Role role) {
		return role != Role.ADMIN && role != Role.SERVICE_USER;
	}

	/**
	 * Creates the account. One with case access is created disabled and waits for a
	 * second administrator's approval before it can sign in.
	 * @return the account and whether it waits
	 */
	@Transactional
	Created create(NewAccountForm form) {
		Long by = CurrentUser.get().getId();
		Account account = new Account(form.getUsername(), form.getDisplayName(),
				this.encoder.encode(form.getPassword()), form.getRole());
		account.changePassword(account.getPasswordHash(), true);
		account.setTeams(new HashSet<>(this.teams.findAllById(form.getTeamIds())));
		boolean held = caseAccess(form.getRole());
		if (held) {
			account.setEnabled(false);
		}
		Long id = this.accounts.saveAndFlush(account).getId();
		// failures typed against this name before the account existed do not carry over
		// (ADR 004)
		this.throttle.unlock(account.getUsername());
		log.info("Account {} ({}) created by account {}", id, form.getRole(), by);
		if (held) {
			this.approvals.requestNewAccount(id, form.getRole(), form.getTeamIds(), by);
		}
		return new Created(id, held);
	}

	record Created(Long id, boolean held) {
	}

	/**
	 * @throws StaleVersionException when the account changed since the form was opened
	 * (nothing is saved)
	 */
	@Transactional
	boolean update(Long id, AccountForm form) {
		Account account = load(id);
		if (account.getVersion() != form.getVersion()) {
			throw new StaleVersionException("Account", id);
		}
		Long by = CurrentUser.get().getId();
		account.setDisplayName(form.getDisplayName());
		Set<Long> teamsNow = account.getTeams().stream().map(Team::getId).collect(Collectors.toSet());
		boolean changed = form.getRole() != account.getRole() || !teamsNow.equals(new HashSet<>(form.getTeamIds()));
		// an administrator's own role and teams, and an administrator's account turned
		// into one with case access, change only with a second administrator's approval:
		// that is how an administrator would give themselves case access
		boolean held = changed && (id.equals(by) || (account.getRole() == Role.ADMIN && caseAccess(form.getRole())));
		if (held) {
			this.approvals.request(id, form.getRole(), form.getTeamIds(), by);
		}
		else {
			account.setRole(form.getRole());
			account.setTeams(new HashSet<>(this.teams.findAllById(form.getTeamIds())));
		}
		this.accounts.flush();
		log.info("Account {} edited by account {}", id, by);
		return held;
	}

	/**
	 * @throws IllegalStateException for one's own deactivation, or the reactivation of an
	 * account made waiting for a second administrator and never approved
	 */
	@Transactional
	void setEnabled(Long id, boolean enabled) {
		Account account = load(id);
		if (!enabled && id.equals(CurrentUser.get().getId())) {
			throw new IllegalStateException("An administrator cannot deactivate their own account");
		}
		if (enabled && this.approvals.neverApproved(id)) {
			throw new IllegalStateException("Account " + id + " was never approved by a second administrator");
		}
		account.setEnabled(enabled);
		log.info("Account {} {} by account {}", id, enabled ? "reactivated" : "deactivated", CurrentUser.get().getId());
	}

	/**
	 * Sets a temporary password the person must replace at next sign-in, and lifts any
	 * sign-in lockout. For an account with case access the new password waits for a
	 * second administrator's approval instead; the account keeps its password meanwhile.
	 * @return whether it waits
	 */
	@Transactional
	boolean resetPassword(Long id, String password) {
		Account account = load(id);
		Long by = CurrentUser.get().getId();
		if (caseAccess(account.getRole()) && !id.equals(by)) {
			this.approvals.requestPasswordReset(id, this.encoder.encode(password), by);
			return true;
		}
		account.changePassword(this.encoder.encode(password), true);
		this.throttle.unlock(account.getUsername());
		log.info("Password of account {} reset by account {}", id, by);
		return false;
	}

	@Transactional(readOnly = true)
	boolean neverApproved(Long id) {
		return this.approvals.neverApproved(id);
	}

	@Transactional(readOnly = true)
	String username(Long id) {
		return load(id).getUsername();
	}

	@Transactional(readOnly = true)
	List<Team> allTeams() {
		return this.teams.findAllByOrderByNameAsc();
	}

	/**
	 * A staff account. Service users' portal accounts are not administered here: the
	 * person's team makes, re-issues and deactivates them from the person's page, and who
	 * is a service user is not for an administrator to browse (ADR 006); they answer 404
	 * like a missing account.
	 */
	private Account load(Long id) {
		return this.accounts.findById(id)
			.filter(account -> account.getRole() != Role.SERVICE_USER)
			.orElseThrow(() -> new NotFoundException("Account", id));
	}

}
