package org.keywork.web;

import java.io.Serial;
import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A success message shown once on the page a form redirects to. Holds a message code and
 * its arguments, never resolved text, so the page renders it in the reader's language.
 */
public record FlashMessage(String code, Object[] args) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static void success(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute("flashSuccess", new FlashMessage(code, args));
	}

	/**
	 * Something the person should know that is not a success, for example that nothing
	 * was changed.
	 */
	public static void notice(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute("flashNotice", new FlashMessage(code, args));
	}

}
