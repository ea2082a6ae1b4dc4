package dev.deskhand.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.inbox.MailSecurity;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The Mailboxes form says in the reader's language why a host is refused. */
@IntegrationTest
class MailboxesPageErrorTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	MailboxesPageController page;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.MessageSource messages;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aMetadataHostIsRefusedInDanish() {
		var ws = fixtures.workspace("mailbox-form");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
		var flash = new RedirectAttributesModelMap();
		var form = new MailboxesPageController.MailboxForm("a@nordhavn.test", null, "169.254.169.254", 993,
				MailSecurity.TLS, "smtp.example.com", 465, MailSecurity.TLS, "a", "secret", null, 60, true, null, null,
				null, null, null, null);

		fixtures.as(ws.owner(), () -> page.add(ws.slug(), form, flash));

		assertThat(messages.getMessage((dev.deskhand.shared.Text) flash.getFlashAttributes().get("error"),
				Locale.forLanguageTag("da")))
			.isEqualTo("Deskhand forbinder kun til mailservere på internettet, ikke til lokale, private eller "
					+ "metadata-adresser (169.254.169.254). Kører jeres mailserver på jeres eget netværk, så spørg "
					+ "den driftsansvarlige.");
	}

}
