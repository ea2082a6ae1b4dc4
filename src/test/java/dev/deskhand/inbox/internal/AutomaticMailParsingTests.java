package dev.deskhand.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.inbox.AutomaticKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bounces and auto-replies as real servers send them, through the parser. */
class AutomaticMailParsingTests {

	private final MimeParser parser = new MimeParser(5 * 1024 * 1024);

	private ParsedMail parse(String raw) {
		return parser.parse(raw.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void postfixDsnNamesTheReturnedMessageTheRecipientAndTheReason() {
		ParsedMail mail = parse(AutomaticMailSamples.postfixDsn("<dsn-1@mail.nordhavn.test>", "<reply-1@nordhavn.test>",
				"kim.dahl@dsv.example", "support@nordhavn.test"));

		assertThat(mail.automaticKind()).isEqualTo(AutomaticKind.BOUNCE);
		assertThat(mail.bounce()).isNotNull();
		assertThat(mail.bounce().originalMessageId()).isEqualTo("<reply-1@nordhavn.test>");
		assertThat(mail.bounce().recipient()).isEqualTo("kim.dahl@dsv.example");
		assertThat(mail.bounce().status()).isEqualTo("5.1.1");
		assertThat(mail.bounce().reason()).isEqualTo(
				"550 5.1.1 <kim.dahl@dsv.example>: Recipient address rejected: User unknown in virtual mailbox table");
		assertThat(mail.text()).contains("could not").doesNotContain("Reporting-MTA");
		assertThat(mail.problems()).isEmpty();
	}

	@Test
	void exchangeNdrIsABounceByItsReportEvenFromASystemAddress() {
		ParsedMail mail = parse(AutomaticMailSamples.exchangeNdr("<ndr-1@elbtal.example>", "<reply-2@elbtal.test>",
				"fahrer@spedition.example", "support@elbtal.test"));

		assertThat(mail.automaticKind()).isEqualTo(AutomaticKind.BOUNCE);
		assertThat(mail.bounce().originalMessageId()).isEqualTo("<reply-2@elbtal.test>");
		assertThat(mail.bounce().recipient()).isEqualTo("fahrer@spedition.example");
		assertThat(mail.bounce().reason()).startsWith("550 5.4.1 Recipient address rejected: Access denied.");
		assertThat(mail.text()).contains("nicht erreicht");
	}

	@Test
	void gmailVacationReplyIsAnAutoReplyThreadedByItsHeaders() {
		ParsedMail mail = parse(AutomaticMailSamples.gmailVacation("<CAvac@mail.gmail.com>", "<reply-3@nordhavn.test>",
				"kim.dahl@gmail.example", "support@nordhavn.test"));

		assertThat(mail.automaticKind()).isEqualTo(AutomaticKind.AUTO_REPLY);
		assertThat(mail.bounce()).isNull();
		assertThat(mail.inReplyTo()).isEqualTo("<reply-3@nordhavn.test>");
	}

	@Test
	void danishAutosvarWithoutRfc3834HeadersIsAnAutoReply() {
		ParsedMail mail = parse(AutomaticMailSamples.danishAutosvar("<autosvar-1@dsv.example>",
				"<reply-4@nordhavn.test>", "kim.dahl@dsv.example", "support@nordhavn.test"));

		assertThat(mail.subject()).isEqualTo("Automatisk svar: Afhentning i morgen");
		assertThat(mail.automaticKind()).isEqualTo(AutomaticKind.AUTO_REPLY);
		assertThat(mail.text()).contains("Jeg er på ferie til og med 7. december");
	}

	@Test
	void germanAbwesenheitsnotizIsAnAutoReplyWhoseSubjectThreadsLikeTheOriginal() {
		ParsedMail mail = parse(AutomaticMailSamples.germanAbwesenheitsnotiz("<abw-1@elbtal.example>",
				"Lieferschein 4711", "juergen@kunde.example", "support@elbtal.test"));

		assertThat(mail.automaticKind()).isEqualTo(AutomaticKind.AUTO_REPLY);
		assertThat(Threading.subjectKey(mail.subject())).isEqualTo(Threading.subjectKey("Re: Lieferschein 4711"));
		assertThat(Threading.subjectKey("Automatisk svar: Re: Afhentning")).isEqualTo("afhentning");
	}

	@Test
	void aPersonsMailIsNeitherAutoReplyNorBounce() {
		ParsedMail mail = parse(MailSamples.gmailAlternative("<CAF=person@mail.gmail.com>"));

		assertThat(mail.automaticKind()).isNull();
		assertThat(mail.bounce()).isNull();
	}

}
