package org.keywork.rent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a rent account with the balance after it (charges less payments up to and
 * including it, cancelled entries left out). A cancelled hand entry stays listed, with
 * why.
 */
public record RentEntry(long id, LocalDate date, Kind kind, BigDecimal amount, String description, String reference,
		Source source, Long importId, Instant cancelledAt, String cancelReason, long version, BigDecimal balance) {

	/** Which way the money goes; labels {@code rent.kind.<NAME>}. */
	public enum Kind {

		/** Rent (or another charge) due: adds to what is owed. */
		CHARGE,
		/** Money paid: takes from what is owed. */
		PAYMENT

	}

	/** Where the entry came from; labels {@code rent.source.<NAME>}. */
	public enum Source {

		HAND, IMPORT

	}

	public boolean isCancelled() {
		return this.cancelledAt != null;
	}

	public boolean isCancellable() {
		return this.source == Source.HAND && !isCancelled();
	}

}
