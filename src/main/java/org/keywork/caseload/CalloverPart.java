package org.keywork.caseload;

import java.util.List;

/**
 * One part of the case callover: the people of one keyworker, or of none
 * ({@code current}, null when the teams have nobody in the part asked for), most urgent
 * first, and every part of the callover in order ({@link CalloverPeople#part}).
 *
 * @param groups every part of the callover, no keyworker first, then by keyworker name
 * @param current the part shown, or null
 * @param rows its people
 */
public record CalloverPart(List<CalloverGroup> groups, CalloverGroup current, List<CaseloadRow> rows) {

	/** The part before the current one, or null. */
	public CalloverGroup previous() {
		int at = this.groups.indexOf(this.current);
		return (at > 0) ? this.groups.get(at - 1) : null;
	}

	/** The part after the current one, or null. */
	public CalloverGroup next() {
		int at = this.groups.indexOf(this.current);
		return (at >= 0 && at + 1 < this.groups.size()) ? this.groups.get(at + 1) : null;
	}

	/** The current part's place among the parts, from 1, or 0 if there is none. */
	public int position() {
		return this.groups.indexOf(this.current) + 1;
	}

	/**
	 * Whether this is the last part, or there is none: where the rest of a record goes.
	 */
	public boolean last() {
		return this.current == null || this.position() == this.groups.size();
	}

}
