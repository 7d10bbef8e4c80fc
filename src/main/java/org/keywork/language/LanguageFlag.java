package org.keywork.language;

import java.io.Serial;
import java.io.Serializable;

/**
 * One labelling word found in a text.
 *
 * @param found the words exactly as written
 * @param term the listed term that matched
 * @param suggestion person-first wording to consider instead
 */
public record LanguageFlag(String found, String term, String suggestion) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

}
