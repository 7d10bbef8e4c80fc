package org.keywork.support;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.keywork.language.LanguageCheck;
import org.keywork.language.LanguageFlag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Points out labelling words in text just written into a support record (the same check
 * as for contact notes). Only text that is new in this change is checked, so an old
 * phrase is not pointed out again on every edit. It never blocks the save: the words are
 * shown on the page the form returns to.
 */
@Component
class PlanLanguage {

	private final LanguageCheck check;

	private final JsonMapper json;

	PlanLanguage(LanguageCheck check, JsonMapper json) {
		this.check = check;
		this.json = json;
	}

	List<LanguageFlag> newFlags(RecordContent before, RecordContent after) {
		Set<String> old = texts(before);
		String added = texts(after).stream().filter(text -> !old.contains(text)).collect(Collectors.joining("\n"));
		return added.isBlank() ? List.of() : this.check.check(added);
	}

	/**
	 * Shows the words on the page after the redirect, when the change came from a web
	 * request.
	 */
	void showAfterRedirect(List<LanguageFlag> flags) {
		if (flags.isEmpty() || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
			return;
		}
		HttpServletRequest request = web.getRequest();
		RequestContextUtils.getOutputFlashMap(request).put("languageFlags", flags);
	}

	private Set<String> texts(RecordContent content) {
		Set<String> texts = new HashSet<>();
		collect(this.json.convertValue(content, Map.class), texts);
		return texts;
	}

	private static void collect(Object node, Set<String> out) {
		if (node instanceof Map<?, ?> map) {
			map.values().forEach(value -> collect(value, out));
		}
		else if (node instanceof Collection<?> list) {
			list.forEach(value -> collect(value, out));
		}
		else if (node instanceof String text && !text.isBlank()) {
			out.add(text);
		}
	}

}
