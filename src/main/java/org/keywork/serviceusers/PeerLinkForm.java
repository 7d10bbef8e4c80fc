package org.keywork.serviceusers;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.keywork.security.PeerScope;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * Linking a peer support worker: which peer, the person's agreement (that they agreed,
 * and on which day) and what the peer may see, the narrowest scope by default.
 */
class PeerLinkForm {

	@NotNull(message = "{peer.peerId.required}")
	private Long peerId;

	@AssertTrue(message = "{peer.consent.required}")
	private boolean consent;

	@NotNull(message = "{peer.consentGivenOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consentGivenOn;

	@NotNull(message = "{peer.scope.required}")
	private PeerScope scope = PeerScope.ACTION_PLAN;

	/** The agreement cannot be dated after today. */
	void validate(Errors errors, LocalDate today) {
		if (this.consentGivenOn != null && this.consentGivenOn.isAfter(today)) {
			errors.rejectValue("consentGivenOn", "peer.consentGivenOn.future");
		}
	}

	public Long getPeerId() {
		return this.peerId;
	}

	public void setPeerId(Long peerId) {
		this.peerId = peerId;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public LocalDate getConsentGivenOn() {
		return this.consentGivenOn;
	}

	public void setConsentGivenOn(LocalDate consentGivenOn) {
		this.consentGivenOn = consentGivenOn;
	}

	public PeerScope getScope() {
		return this.scope;
	}

	public void setScope(PeerScope scope) {
		this.scope = scope;
	}

}
