package dev.deskhand.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The MIME parser on real-world shaped mail and on broken input: never a crash. */
class MailParsingTests {

	private final MimeParser parser = new MimeParser(5 * 1024 * 1024);

	private static byte[] raw(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void outlookHtmlBecomesSafeTextAndSanitisedHtml() {
		ParsedMail mail = parser.parse(raw(MailSamples.outlookHtml("<outlook-1@kunde.dk>")));

		assertThat(mail.subject()).isEqualTo("Forsinket levering på ordre 4711");
		assertThat(mail.from().address()).isEqualTo("lars.hansen@kunde.dk");
		assertThat(mail.from().name()).isEqualTo("Hansen, Lars");
		assertThat(mail.text()).contains("Hej Nordhavn,\n\nVores ordre 4711 er ikke kommet.")
			.contains("Med venlig hilsen\nLars Hansen")
			.doesNotContain("alert")
			.doesNotContain("MsoNormal")
			.doesNotContain("OfficeDocumentSettings");
		assertThat(mail.html()).doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("tracker.example")
			.doesNotContain("javascript:")
			.doesNotContain("onclick")
			.doesNotContain("<style")
			.contains("href=\"https://kunde.dk/ordre/4711\"")
			.contains("rel=\"noopener noreferrer nofollow\"");
		assertThat(mail.problems()).isEmpty();
		assertThat(mail.automated()).isFalse();
	}

	@Test
	void gmailAlternativePrefersThePlainText() {
		ParsedMail mail = parser.parse(raw(MailSamples.gmailAlternative("<CAF=gmail-1@mail.gmail.com>")));

		assertThat(mail.text()).isEqualTo("Hej, hvornår kommer pallen til Aarhus?");
		assertThat(mail.html()).contains("<b>pallen</b>");
		assertThat(mail.attachments()).isEmpty();
		assertThat(mail.dedupeKey()).isEqualTo("<CAF=gmail-1@mail.gmail.com>");
	}

	@Test
	void quotedPrintableLatin1DanishIsDecoded() {
		ParsedMail mail = parser.parse(raw(MailSamples.danishLatin1("<dk-1@blaa-fragt.dk>")));

		assertThat(mail.subject()).isEqualTo("Følgeseddel mangler på råvarer");
		assertThat(mail.from().name()).isEqualTo("Søren Æblegaard");
		assertThat(mail.text()).contains("Kære kundeservice").contains("fra Århus. Blåbærgrød!");
		assertThat(mail.problems()).isEmpty();
	}

	@Test
	void base64Utf8GermanIsDecoded() {
		ParsedMail mail = parser.parse(raw(MailSamples.germanBase64("<de-1@elbtal.de>")));

		assertThat(mail.subject()).isEqualTo("Beschädigte Lieferung");
		assertThat(mail.from().name()).isEqualTo("Jürgen Weiß");
		assertThat(mail.text()).contains("für Größe XL ist beschädigt. Grüße, Jürgen Weiß");
	}

	@Test
	void aMessageWithoutMessageIdIsKeyedByItsDigest() {
		byte[] bytes = raw(MailSamples.withoutMessageId("Status"));
		ParsedMail once = parser.parse(bytes);
		ParsedMail again = parser.parse(bytes);

		assertThat(once.messageId()).isNull();
		assertThat(once.dedupeKey()).startsWith("sha256:").isEqualTo(again.dedupeKey());
		assertThat(parser.parse(raw(MailSamples.withoutMessageId("Other"))).dedupeKey()).isNotEqualTo(once.dedupeKey());
	}

	@Test
	void inlineImageAndPdfBecomeAttachments() {
		ParsedMail mail = parser.parse(raw(MailSamples.inlineImageAndPdf("<photo-1@kunde.dk>")));

		assertThat(mail.subject()).isEqualTo("Skade på gods, foto og rapport");
		assertThat(mail.text()).isEqualTo("Se foto:");
		assertThat(mail.attachments()).extracting(ParsedMail.Part::name, ParsedMail.Part::inline)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("inline-image.png", true),
					org.assertj.core.groups.Tuple.tuple("skaderapport.pdf", false),
					org.assertj.core.groups.Tuple.tuple("faktura.exe", false));
		assertThat(new String(mail.attachments().get(1).content(), StandardCharsets.US_ASCII))
			.isEqualTo(MailSamples.PDF);
	}

	@Test
	void attachmentsOverTheLimitAreRefusedWithTheReason() {
		ParsedMail mail = new MimeParser(50).parse(raw(MailSamples.inlineImageAndPdf("<big-1@kunde.dk>")));

		ParsedMail.Part pdf = mail.attachments().get(1);
		assertThat(pdf.content()).isNull();
		assertThat(pdf.refused()).startsWith("larger than");
		assertThat(pdf.size()).isEqualTo(MailSamples.PDF.length());
	}

	@Test
	void unknownCharsetsAreGuessedAndMarked() {
		ParsedMail mail = parser.parse(raw(MailSamples.unknownCharset("<cs-1@example.org>")));

		assertThat(mail.text()).isEqualTo("Grüße");
		assertThat(mail.problem()).contains("unknown charset x-klingon-8, read as UTF-8");
	}

	@Test
	void brokenMimeIsKeptAsTextWithTheProblem() {
		ParsedMail mail = parser.parse(raw(MailSamples.brokenMultipart("<broken-1@example.org>")));

		assertThat(mail.subject()).isEqualTo("Broken");
		assertThat(mail.text()).contains("There is no boundary parameter");
		assertThat(mail.problem()).isNotNull();
	}

	@Test
	void garbageAndEmptyMultipartsAreKeptAsRawTextWithTheProblem() {
		ParsedMail garbage = parser.parse(raw("no headers at all, just text\r\nand more"));
		assertThat(garbage.problem()).contains("not an e-mail message");
		assertThat(garbage.text()).contains("no headers at all, just text");

		ParsedMail binary = parser.parse(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff });
		assertThat(binary.problem()).contains("not an e-mail message");

		ParsedMail noParts = parser
			.parse(raw("From: a@b.example\r\nSubject: Hi\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"));
		assertThat(noParts.subject()).isEqualTo("Hi");
		assertThat(noParts.problem()).isNotNull();
		assertThat(noParts.text()).contains("--x");

		ParsedMail guessed = parser.parse(raw("From: a@b.example\r\nSubject: Hi\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/alternative\r\n\r\n--foo\r\nContent-Type: text/plain\r\n\r\nhello\r\n--foo--\r\n"));
		assertThat(guessed.text()).isEqualTo("hello");
		assertThat(guessed.problem()).isEqualTo("multipart/alternative without a boundary");
		assertThat(parser.parse(raw(MailSamples.brokenMultipart("<b-2@example.org>"))).problemKinds())
			.isEqualTo("multipart/mixed without a boundary; a multipart/mixed part could not be read");
	}

	@Test
	void garbageNeverThrows() {
		for (String junk : new String[] { "", "\u0000\u0001\u0002",
				"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
				"From: <<<@@@>>>\r\nSubject: =?utf-8?B?!!!?=\r\n\r\nbody", "no headers at all" }) {
			ParsedMail mail = parser.parse(raw(junk));
			assertThat(mail.dedupeKey()).isNotBlank();
		}
	}

	@Test
	void recognisesAutomatedMail() {
		assertThat(parser.parse(raw(MailSamples.autoReply("<ar-1@kunde.dk>", "<x@y>"))).automatedReason())
			.isEqualTo("Auto-Submitted: auto-replied");
		assertThat(automated("Precedence: bulk")).isEqualTo("Precedence: bulk");
		assertThat(automated("List-Id: <news.example.com>")).isEqualTo("List-Id present");
		assertThat(automated("Return-Path: <>")).isEqualTo("empty Return-Path (a bounce)");
		assertThat(automated("Auto-Submitted: no")).isNull();
		assertThat(parser.parse(raw("From: MAILER-DAEMON@mx.example\r\nSubject: failure\r\n\r\nx")).automatedReason())
			.isEqualTo("sent by MAILER-DAEMON");
	}

	@Test
	void findsQuotedHistory() {
		assertThat(QuotedText.start("Danke!\n\n> Guten Tag")).isEqualTo(8);
		assertThat(QuotedText.start("Tak.\n\nDen 2. nov. 2026 kl. 10:00 skrev Nordhavn <s@n.dk>:\n> Hej")).isEqualTo(6);
		assertThat(QuotedText.start("Thanks\n\nOn Mon, 2 Nov 2026 at 10:00, Nordhavn wrote:\n> hi")).isEqualTo(8);
		assertThat(QuotedText.start("No quote here")).isNull();
	}

	@Test
	void normalisesSubjectsForThreading() {
		assertThat(Threading.subjectKey("AW: Re: SV:  Lieferung  4711")).isEqualTo("lieferung 4711");
		assertThat(Threading.subjectKey("Fwd: RE[2]: Palle")).isEqualTo("palle");
	}

	private String automated(String header) {
		return parser.parse(raw("From: a@b.example\r\n" + header + "\r\nSubject: x\r\n\r\nbody")).automatedReason();
	}

}
