package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every EDI rejection reads in Danish, German and English, with the same arguments. */
class EdiMessagesTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)[^}]*}");

	@Test
	void everyEdiRejectionIsInAllThreeLanguagesWithTheSameArguments() throws IOException {
		Map<String, String> en = keys("messages.properties");
		Map<String, String> da = keys("messages_da.properties");
		Map<String, String> de = keys("messages_de.properties");

		assertThat(en).hasSizeGreaterThanOrEqualTo(20);
		assertThat(da.keySet()).isEqualTo(en.keySet());
		assertThat(de.keySet()).isEqualTo(en.keySet());
		Object[] sample = { 12, "SE", "3", 4, "ST" };
		for (String key : en.keySet()) {
			assertThat(arguments(da.get(key))).as(key).isEqualTo(arguments(en.get(key)));
			assertThat(arguments(de.get(key))).as(key).isEqualTo(arguments(en.get(key)));
			for (Map<String, String> bundle : java.util.List.of(en, da, de)) {
				Object[] args = new Object[5];
				for (int i = 0; i < 5; i++) {
					args[i] = bundle.get(key).contains("{" + i + ",number") ? 12 : sample[i];
				}
				assertThat(new MessageFormat(bundle.get(key), Locale.ROOT).format(args)).as(key).doesNotContain("{");
			}
		}
	}

	private static Set<String> arguments(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(pattern);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	private static Map<String, String> keys(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				Objects.requireNonNull(EdiMessagesTests.class.getResourceAsStream("/i18n/" + file)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> edi = new TreeMap<>();
		properties.stringPropertyNames()
			.stream()
			.filter(k -> k.startsWith("ingest.reject.edi."))
			.forEach(k -> edi.put(k, properties.getProperty(k)));
		return edi;
	}

}
