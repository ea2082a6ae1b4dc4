package dev.deskhand.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyNeedsTests {

	@Test
	void onlyChecklistPointsWrittenAsQuestionsGoIntoTheReply() {
		assertThat(DraftPreparation.replyNeeds(List.of("Reference fundet", "Forsendelsen slået op",
				" Hvilken leveringsdato ønsker I? ", "Svaret på kundens sprog", "Welche Rampe ist frei?")))
			.containsExactly("Hvilken leveringsdato ønsker I?", "Welche Rampe ist frei?");
	}

	@Test
	void aChecklistOfStepsAsksNothing() {
		assertThat(DraftPreparation.replyNeeds(List.of("POD fundet", "POD vedhæftet"))).isEmpty();
	}

}
