package org.keywork.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An agreed version is not changed: reviewing it starts a new draft. */
@ResponseStatus(HttpStatus.CONFLICT)
class RecordNotEditableException extends RuntimeException {

	private final RecordKind kind;

	RecordNotEditableException(SupportRecord record) {
		super("Support record " + record.getId() + " is agreed; start a review to change it");
		this.kind = record.getKind();
	}

	RecordKind getKind() {
		return this.kind;
	}

}
