package org.keywork.security;

import java.util.Map;

/**
 * Who may read which contact note of one person, as {@link AccessPolicy#noteRule} decided
 * it for one reader: the same rule in Java ({@link #test}) and in SQL ({@link #predicate}
 * with {@link #parameters}), so every page, list, count and timeline applies it
 * identically (ADR 008).
 * <ul>
 * <li>A note's author always reads it.</li>
 * <li><em>Restricted</em> narrows which staff read it: the person's keyworker and the
 * team's managers ({@code allRestricted}). It never hides the note from the person.</li>
 * <li><em>Withheld</em> (not shared) hides it from the person and from peers
 * ({@code onlyShared}).</li>
 * <li>A peer reads shared, unrestricted notes only when the link's scope includes notes
 * ({@code inScope}).</li>
 * </ul>
 * An earlier version of a note is readable only if the note is readable now <em>and</em>
 * the version was readable under its own flags, so lifting a restriction never exposes
 * what was restricted when it was written.
 *
 * @param me the reader's account id
 * @param allRestricted whether restricted notes are readable (the keyworker, the team's
 * managers, the person)
 * @param onlyShared whether only notes shared with the person are readable (the person,
 * peers)
 * @param inScope whether any note is readable at all apart from the reader's own (false
 * for a peer whose link does not include notes)
 * @param staffOnly whether the staff-only detail of a readable note is readable (staff of
 * the person's team)
 */
public record NoteReadRule(long me, boolean allRestricted, boolean onlyShared, boolean inScope, boolean staffOnly) {

	/**
	 * The rule for the person the notes are about, reading them in the portal: every note
	 * shared with them, restricted or not (they write no contact notes themselves).
	 */
	public static NoteReadRule forThePerson() {
		return new NoteReadRule(-1, true, true, true, false);
	}

	/** Whether a note (or a version of it) with these flags is readable. */
	public boolean test(Long authorId, boolean restricted, boolean shared) {
		if (authorId != null && authorId == this.me) {
			return true;
		}
		return this.inScope && (!restricted || this.allRestricted) && (shared || !this.onlyShared);
	}

	/**
	 * Whether the staff-only detail of a readable note written by this author is
	 * readable.
	 */
	public boolean seesStaffOnlyDetail(Long authorId) {
		return this.staffOnly || (authorId != null && authorId == this.me);
	}

	/**
	 * The rule as a SQL condition on a {@code contact_note} (or
	 * {@code contact_note_version}, with its note's author) row, for {@code JdbcClient}
	 * named parameters bound from {@link #parameters()}.
	 * @param restricted the column holding the restricted flag, e.g. {@code n.restricted}
	 * @param shared the column holding the shared flag
	 * @param author the column holding the author's account id
	 */
	public static String predicate(String author, String restricted, String shared) {
		return "(" + author + " = :noteReader or (cast(:noteInScope as boolean)" + " and (not " + restricted
				+ " or cast(:noteAllRestricted as boolean))" + " and (" + shared
				+ " or not cast(:noteOnlyShared as boolean))))";
	}

	/** The rule for a {@code contact_note} row aliased {@code n}. */
	public static String predicate() {
		return predicate("n.author_id", "n.restricted", "n.shared");
	}

	/** The named parameters {@link #predicate} needs. */
	public Map<String, Object> parameters() {
		return Map.of("noteReader", this.me, "noteInScope", this.inScope, "noteAllRestricted", this.allRestricted,
				"noteOnlyShared", this.onlyShared);
	}

}
