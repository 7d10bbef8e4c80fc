package org.keywork.language;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KeyworkTest
class LanguageCheckTests {

	@Autowired
	LanguageCheck check;

	@Test
	void flagsALabelWithAPersonFirstSuggestion() {
		List<LanguageFlag> flags = check.check("He is an Addict and was not engaging today.");
		assertThat(flags).extracting(LanguageFlag::found).containsExactly("Addict", "not engaging");
		assertThat(flags.get(0).suggestion()).isEqualTo("person who uses drugs");
	}

	@Test
	void aMissedVisitIsNotWrittenUpAsThePersonsFailure() {
		assertThat(check.check("Client failed to attend. DNA again on Friday.")).extracting(LanguageFlag::term)
			.containsExactly("client", "failed to attend", "DNA");
		assertThat(check.check("She did not come on Friday; her bus was cancelled.")).isEmpty();
	}

	@Test
	void matchesWholeWordsOnly() {
		assertThat(check.check("We talked about addiction services and a difficulty with forms.")).isEmpty();
		assertThat(check.check("Non engaging, they said; she refused.")).extracting(LanguageFlag::term)
			.containsExactly("non-engaging", "refused");
		assertThat(check.check(null)).isEmpty();
	}

}
