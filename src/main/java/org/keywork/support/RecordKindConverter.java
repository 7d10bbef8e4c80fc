package org.keywork.support;

import org.keywork.web.NotFoundException;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Turns the URL segment ({@code support-overview}, {@code safety-plan},
 * {@code action-plan}) into a kind.
 */
@Component
class RecordKindConverter implements Converter<String, RecordKind> {

	@Override
	public RecordKind convert(String slug) {
		return RecordKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("Record kind", slug));
	}

}
