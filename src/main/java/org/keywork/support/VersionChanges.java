package org.keywork.support;

import java.util.List;
import java.util.Set;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.stereotype.Component;

/**
 * "What changed" in one version of a record, for readers outside the support pages (the
 * portal). Both versions come from {@link SupportRecordService#version} and
 * {@link SupportRecordService#versions}, so the visibility rule applied there applies
 * here: a version the reader may not see is never compared, and a reader who may not see
 * withheld items is compared with the nearest earlier version they may see, with every
 * withholding field (the decision, its reason and detail) left out of the comparison.
 * Staff see every version, so theirs is always the one before.
 */
@Component
public class VersionChanges {

	private final SupportRecordService service;

	private final ContentDiff diff;

	VersionChanges(SupportRecordService service, ContentDiff diff) {
		this.service = service;
		this.diff = diff;
	}

	/**
	 * What changed in version {@code number}, compared with the version before it that
	 * the reader may see.
	 * @throws org.keywork.web.NotFoundException if the reader may not see that version,
	 * or there is none
	 */
	public Comparison changes(KeyworkUser user, ServiceUser person, RecordKind kind, int number) {
		RecordView<RecordContent> after = this.service.version(user, person, kind, number);
		RecordView<RecordContent> before = this.service.versions(user, person, kind)
			.stream()
			.map(SupportRecord::getVersionNumber)
			.filter(n -> n < number)
			.max(Integer::compare)
			.map(n -> this.service.<RecordContent>version(user, person, kind, n))
			.orElse(null);
		Set<String> leftOut = this.service.seesWithheld(user, person) ? Set.of() : ContentDiff.WITHHOLDING_FIELDS;
		List<Line> lines = this.diff.between(before == null ? null : before.content(), after.content(), leftOut)
			.stream()
			.map(c -> new Line(c.item(), c.field(), c.before(), c.after()))
			.toList();
		return new Comparison(before, after, lines);
	}

	/**
	 * A version, the version it is compared with (null for the first the reader may see)
	 * and what differs.
	 */
	public record Comparison(RecordView<RecordContent> before, RecordView<RecordContent> after, List<Line> changes) {
	}

	/**
	 * One field that differs: which item (empty for the record itself), which field, and
	 * its values.
	 */
	public record Line(String item, String field, String before, String after) {

		public boolean isAdded() {
			return this.before == null;
		}

		public boolean isRemoved() {
			return this.after == null;
		}

	}

}
