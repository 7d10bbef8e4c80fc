package org.keywork.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.security.LoginThrottle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@KeyworkTest
class ActivationNoEnumerationTests extends ActivationTestBase {

	static final int ROUNDS = 12;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	PasswordEncoder encoder;

	/** The form as shown after a failure, without its CSRF token. */
	String answer(MvcResult result) throws Exception {
		return result.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
			.replaceAll("value=\"[^\"]*\"", "");
	}

	@Test
	void aWrongCodeForAPendingAccountAndAnUnknownUsernameLookAndTakeTheSame() throws Exception {
		String pending = issue("worker").username();
		String unknown = PortalUsernames.generate();
		Map<Boolean, List<Long>> times = new HashMap<>();
		Map<Boolean, String> answers = new HashMap<>();
		List<Long> hashing = new ArrayList<>();
		String someHash = encoder.encode("SOMECODE23");
		for (int round = 0; round < ROUNDS + 2; round++) {
			for (int k = 0; k < 2; k++) {
				boolean exists = (round + k) % 2 == 0;
				String username = exists ? pending : unknown;
				throttle.unlock("activate:" + username);
				long start = System.nanoTime();
				MvcResult result = activate(username, "WRONG-CODE" + (round % 10), PASSWORD);
				long took = System.nanoTime() - start;
				assertThat(result.getResponse().getStatus()).isEqualTo(200);
				assertThat(result.getResponse().getContentAsString()).contains(FAILED);
				if (round >= 2) {
					times.computeIfAbsent(exists, e -> new ArrayList<>()).add(took);
				}
				answers.put(exists, answer(result));
			}
			long start = System.nanoTime();
			encoder.matches("WRONGCODE" + round, someHash);
			if (round >= 2) {
				hashing.add(System.nanoTime() - start);
			}
		}
		assertThat(answers.get(true)).isEqualTo(answers.get(false));
		long oneHash = median(hashing);
		long real = median(times.get(true));
		long none = median(times.get(false));
		String report = "medians (ms): pending " + real / 1_000_000 + ", unknown " + none / 1_000_000
				+ ", one hash comparison " + oneHash / 1_000_000;
		assertThat(Math.min(real, none)).as(report).isGreaterThan(oneHash * 6 / 10);
		assertThat(Math.abs(real - none)).as(report)
			.isLessThanOrEqualTo(Math.max(40_000_000L, Math.max(real, none) * 3 / 10));
	}

	@Test
	void anUnknownUsernameLocksLikeAPendingOne() throws Exception {
		String unknown = PortalUsernames.generate();
		for (int i = 0; i < 5; i++) {
			activate(unknown, "WRONG-CODE" + i, PASSWORD);
		}
		assertThat(throttle.isLocked("activate:" + unknown)).isTrue();
	}

	@Test
	void newUsernamesCannotBeGuessedFromTheNameOrReference() throws Exception {
		person = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Bartholomew Portal"), "worker",
				LocalDate.now().minusMonths(1));
		PortalAccounts.IssuedCode issued = issue("worker");
		String reference = jdbc.sql("select reference from service_user where id = ?")
			.param(person)
			.query(String.class)
			.single();
		assertThat(issued.username()).matches(PortalUsernames.PATTERN)
			.doesNotContainIgnoringCase("bartholomew")
			.doesNotContain(reference.replaceAll("\\D", "").replaceFirst("^0+(?=\\d)", ""));
		assertThat(PortalUsernames.generate()).isNotEqualTo(PortalUsernames.generate());
	}

}
