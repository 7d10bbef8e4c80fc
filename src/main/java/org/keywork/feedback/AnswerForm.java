package org.keywork.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A manager's answer to a keyworker request: agree (with the new keyworker) or decline,
 * always with a reason.
 */
class AnswerForm {

	enum Decision {

		AGREE, DECLINE

	}

	@NotNull(message = "{keyworkerRequest.decision.required}")
	private Decision decision;

	private Long keyworkerId;

	@NotBlank(message = "{keyworkerRequest.answer.required}")
	@Size(max = 800, message = "{keyworkerRequest.answer.size}")
	private String answer;

	private Long version;

	public Decision getDecision() {
		return this.decision;
	}

	public void setDecision(Decision decision) {
		this.decision = decision;
	}

	public Long getKeyworkerId() {
		return this.keyworkerId;
	}

	public void setKeyworkerId(Long keyworkerId) {
		this.keyworkerId = keyworkerId;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	/**
	 * The person's record version when the form was opened (for the keyworker change).
	 */
	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
