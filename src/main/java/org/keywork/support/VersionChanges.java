package org.keywork.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "What changed" in one version of a record, for readers outside the support pages (the portal). Both versions come
 * from {@link SupportRecordService#version} and {@link SupportRecordService#versions}, so the visibility rule applied
 * there applies here: a version the reader may not see is never compared, and a reader who may not see withheld
 * items is compared with the nearest earlier version they may see, with every withholding field (the decision, its
 * reason and detail) left out of the comparison.
 */
@Component
public class VersionChanges {

	private final SupportRecordService service;

	private final ContentDiff diff;

	private final MessageSource messages;

	VersionChanges(SupportRecordService service, ContentDiff diff, MessageSource messages) {
		this.service = service;
		this.diff = diff;
		this.messages = messages;
	}

	/**
	 * What changed in version {@code number}, compared with the version before it that the reader may see.
	 * @throws org.keywork.web.NotFoundException if the reader may not see that version, or there is none
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
		boolean withheldToo = this.service.seesWithheld(user, person);
		if (!withheldToo) {
			withoutWithholding(after.content());
			if (before != null) {
				withoutWithholding(before.content());
			}
		}
		Set<String> leftOut = withheldToo ? Set.of() : withholdingFieldNames();
		List<Line> lines = this.diff.between(before == null ? null : before.content(), after.content())
			.stream()
			.filter(c -> !leftOut.contains(c.field()))
			.map(c -> new Line(c.item(), c.field(), c.before(), c.after()))
			.toList();
		return new Comparison(before, after, lines);
	}

	/** The names the comparison gives the withholding fields of an item, in the reader's language. */
	private Set<String> withholdingFieldNames() {
		Locale locale = LocaleContextHolder.getLocale();
		return Stream.of("withheld", "withheldReason", "withheldDetail")
			.map(key -> this.messages.getMessage("support.field." + key, null, key, locale))
			.collect(Collectors.toSet());
	}

	/** Clears the withholding fields of what is left (the service has already removed what is withheld). */
	private static void withoutWithholding(RecordContent content) {
		if (content instanceof SafetyPlanContent plan) {
			plan.getFactors().forEach(factor -> {
				factor.setWithheld(false);
				factor.setWithheldReason(null);
				factor.setWithheldDetail(null);
			});
		}
	}

	/** A version, the version it is compared with (null for the first the reader may see) and what differs. */
	public record Comparison(RecordView<RecordContent> before, RecordView<RecordContent> after, List<Line> changes) {
	}

	/** One field that differs: which item (empty for the record itself), which field, and its values. */
	public record Line(String item, String field, String before, String after) {

		public boolean isAdded() {
			return this.before == null;
		}

		public boolean isRemoved() {
			return this.after == null;
		}

	}

}
