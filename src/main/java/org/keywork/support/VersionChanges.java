package org.keywork.support;

import java.util.List;
import java.util.Set;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
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

	private final Batches batches;

	private final SupportLists lists;

	VersionChanges(SupportRecordService service, ContentDiff diff, Batches batches, SupportLists lists) {
		this.batches = batches;
		this.lists = lists;
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
		// every version and the lists the comparison names, in one statement
		Batch batch = this.batches.start();
		Later<SupportRecordService.AllVersions> versions = this.service.allVersions(user, person, kind, batch);
		this.lists.register(batch);
		SupportRecordService.AllVersions all = versions.get();
		RecordView<RecordContent> after = all.version(number);
		RecordView<RecordContent> before = all.versions()
			.stream()
			.map(SupportRecord::getVersionNumber)
			.filter(n -> n < number)
			.max(Integer::compare)
			.map(n -> all.<RecordContent>version(n))
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
