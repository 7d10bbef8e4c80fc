package org.keywork.web;

import java.util.Collections;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.keywork.web.RequestShortcutFilter.ShortcutRequest;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcut answers exactly as the wrapped chain would: attributes are shared with the
 * requests below it, a wrapper that keeps attributes of its own still answers for them,
 * and a wrapper put into the chain later (as Tomcat does for a forward) is taken into
 * account.
 */
class RequestShortcutFilterTests {

	/** A wrapper that only passes things on. */
	static class PassingOn extends HttpServletRequestWrapper {

		PassingOn(HttpServletRequest request) {
			super(request);
		}

	}

	/** A wrapper with an attribute of its own, as Tomcat's forward wrapper has. */
	static class OwnAttribute extends HttpServletRequestWrapper {

		OwnAttribute(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return "own".equals(name) ? "from the wrapper" : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			super.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			super.removeAttribute(name);
		}

		@Override
		public java.util.Enumeration<String> getAttributeNames() {
			return super.getAttributeNames();
		}

	}

	@Test
	void attributesAreThoseOfTheRequestsBelow() {
		MockHttpServletRequest tomcat = new MockHttpServletRequest("GET", "/caseload");
		tomcat.setAttribute("below", "set below");
		ShortcutRequest shortcut = new ShortcutRequest(new PassingOn(new PassingOn(tomcat)));

		assertThat(shortcut.getMethod()).isEqualTo("GET");
		assertThat(shortcut.getAttribute("below")).isEqualTo("set below");
		shortcut.setAttribute("above", "set above");
		assertThat(tomcat.getAttribute("above")).isEqualTo("set above");
		assertThat(Collections.list(shortcut.getAttributeNames())).contains("below", "above");
		shortcut.removeAttribute("below");
		assertThat(tomcat.getAttribute("below")).isNull();
	}

	@Test
	void aWrapperWithAttributesOfItsOwnIsStillAsked() {
		MockHttpServletRequest tomcat = new MockHttpServletRequest("POST", "/service-users");
		ShortcutRequest shortcut = new ShortcutRequest(new PassingOn(new OwnAttribute(new PassingOn(tomcat))));

		assertThat(shortcut.getMethod()).isEqualTo("POST");
		assertThat(shortcut.getAttribute("own")).isEqualTo("from the wrapper");
		shortcut.setAttribute("x", 1);
		assertThat(tomcat.getAttribute("x")).isEqualTo(1);
	}

	/** A wrapper that keeps some attributes to itself when they are set. */
	static class OwnWrites extends HttpServletRequestWrapper {

		final java.util.Map<String, Object> kept = new java.util.HashMap<>();

		OwnWrites(HttpServletRequest request) {
			super(request);
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (name.startsWith("kept.")) {
				this.kept.put(name, value);
			}
			else {
				super.setAttribute(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			this.kept.remove(name);
			super.removeAttribute(name);
		}

	}

	@Test
	void aWrapperThatSetsAttributesItselfIsStillAsked() {
		MockHttpServletRequest tomcat = new MockHttpServletRequest("GET", "/caseload");
		OwnWrites writes = new OwnWrites(new PassingOn(tomcat));
		ShortcutRequest shortcut = new ShortcutRequest(new PassingOn(writes));

		shortcut.setAttribute("kept.one", 1);
		shortcut.setAttribute("plain", 2);
		assertThat(writes.kept).containsEntry("kept.one", 1);
		assertThat(tomcat.getAttribute("kept.one")).isNull();
		assertThat(tomcat.getAttribute("plain")).isEqualTo(2);
		shortcut.removeAttribute("kept.one");
		assertThat(writes.kept).isEmpty();
	}

	@Test
	void aWrapperPutInLaterIsTakenIntoAccount() {
		MockHttpServletRequest tomcat = new MockHttpServletRequest("GET", "/team");
		PassingOn lowest = new PassingOn(tomcat);
		ShortcutRequest shortcut = new ShortcutRequest(new PassingOn(lowest));
		assertThat(shortcut.getAttribute("own")).isNull();

		// as Tomcat does for a forward: its wrapper goes in just above its own request
		lowest.setRequest((ServletRequest) new OwnAttribute(tomcat));
		assertThat(shortcut.getAttribute("own")).isEqualTo("from the wrapper");

		lowest.setRequest(tomcat);
		assertThat(shortcut.getAttribute("own")).isNull();
	}

}
