package dev.deskhand.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.work.RuleCondition;
import dev.deskhand.work.RuleCondition.Kind;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How one condition matches a mail's facts. */
class RuleMatchingTests {

	private final AtomicInteger bodyReads = new AtomicInteger();

	private final RuleEngine.Facts facts = new RuleEngine.Facts("support@nordhavn.test", "Kim.Dahl@DK.dsv.example",
			"Afhentning i morgen – AWB 020-12345675", true, () -> {
				bodyReads.incrementAndGet();
				return "Hej, vedhæftet POD for forsendelsen.";
			});

	private boolean matches(Kind kind, String value) {
		return RuleEngine.matches(new RuleCondition(kind, value), facts, new String[1]);
	}

	@Test
	void senderAndDomainIgnoreCaseAndDomainCoversSubdomains() {
		assertThat(matches(Kind.SENDER, "kim.dahl@dk.dsv.example")).isTrue();
		assertThat(matches(Kind.SENDER_DOMAIN, "dsv.example")).isTrue();
		assertThat(matches(Kind.SENDER_DOMAIN, "dk.dsv.example")).isTrue();
		assertThat(matches(Kind.SENDER_DOMAIN, "sv.example")).as("not a suffix of a label").isFalse();
		assertThat(matches(Kind.MAILBOX, "SUPPORT@nordhavn.test")).isTrue();
		assertThat(matches(Kind.MAILBOX, "sales@nordhavn.test")).isFalse();
	}

	@Test
	void textConditionsFindWordsAndTheBodyIsReadOnce() {
		String[] body = new String[1];
		assertThat(matches(Kind.SUBJECT_CONTAINS, "awb 020")).isTrue();
		assertThat(RuleEngine.matches(new RuleCondition(Kind.BODY_CONTAINS, "pod"), facts, body)).isTrue();
		assertThat(RuleEngine.matches(new RuleCondition(Kind.BODY_CONTAINS, "cmr"), facts, body)).isFalse();
		assertThat(bodyReads).hasValue(1);
		assertThat(RuleEngine.matches(new RuleCondition(Kind.HAS_ATTACHMENT, null), facts, body)).isTrue();
		assertThat(RuleEngine.matches(new RuleCondition(Kind.PARTY, "x"), facts, body)).isFalse();
	}

}
