package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every carrier refusal reads in English, Danish and German, with its arguments in place.
 */
class CarrierRejectionTextsTests {

	private static final List<String> KEYS = List.of("error", "error-uncoded", "not-json", "not-xml", "shape",
			"not-tracking", "time", "code");

	@ParameterizedTest
	@ValueSource(strings = { "", "da", "de" })
	void everyCarrierKeyIsWordedWithItsArguments(String language) {
		ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.of(language),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

		for (String key : KEYS) {
			String pattern = bundle.getString("ingest.reject.carrier." + key);
			String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] { "ARG0", "ARG1", "ARG2" });
			assertThat(text).as(key).contains("ARG0").doesNotContain("{");
			if (!key.equals("code")) {
				assertThat(text).as(key).contains("ARG1");
			}
		}
	}

}
