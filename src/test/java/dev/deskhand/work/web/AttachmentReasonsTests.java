package dev.deskhand.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A refused attachment's English reason becomes a key every bundle translates. */
class AttachmentReasonsTests {

	private final AttachmentReasons reasons = new AttachmentReasons();

	@Test
	void eachKnownReasonHasItsOwnTranslatedKey() throws Exception {
		Map<String, String> expected = Map.of("larger than 20 MiB", "attachment.refused.tooLarge",
				"The file is larger than 10 MB", "attachment.refused.tooLarge",
				"Programs and scripts (.exe) are not accepted: they could run when opened",
				"attachment.refused.program", "HTML files are not accepted: they could run scripts when opened",
				"attachment.refused.html", "ZIP archives are not accepted: upload the files inside them one by one",
				"attachment.refused.zip", "Office files with macros are not accepted: save them without macros",
				"attachment.refused.macros", "something new", "attachment.refused.other");
		expected.forEach((reason, key) -> assertThat(reasons.key(reason)).as(reason).isEqualTo(key));
		for (String bundle : List.of("messages", "messages_da", "messages_de")) {
			Properties p = new Properties();
			try (var in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			expected.values().forEach(key -> assertThat(p.getProperty(key)).as(bundle + " " + key).isNotBlank());
		}
		assertThat(reasons.previewable("application/pdf")).isTrue();
		assertThat(reasons.previewable("image/svg+xml")).isFalse();
		assertThat(reasons.size(12_400)).isEqualTo("12 kB");
	}

}
