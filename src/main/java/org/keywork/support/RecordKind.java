package org.keywork.support;

import java.util.Arrays;
import java.util.Optional;

/** The three support records, with the URL segment each lives under a person. */
public enum RecordKind {

	OVERVIEW("support-overview", OverviewContent.class), SAFETY_PLAN("safety-plan", SafetyPlanContent.class),
	ACTION_PLAN("action-plan", ActionPlanContent.class);

	private final String slug;

	private final Class<? extends RecordContent> contentType;

	RecordKind(String slug, Class<? extends RecordContent> contentType) {
		this.slug = slug;
		this.contentType = contentType;
	}

	public String getSlug() {
		return this.slug;
	}

	Class<? extends RecordContent> contentType() {
		return this.contentType;
	}

	public static Optional<RecordKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}

}
