package dev.deskhand.assistant.drafts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The reply and notice templates of each language
 * ({@code assistant/templates/{da,de,en}.properties}): sentences with {@code {name}}
 * slots, a {@code .formal} variant where the tone changes the words.
 */
@Component
public class Templates {

	private final Map<String, Properties> byLanguage = Map.of("da", load("da"), "de", load("de"), "en", load("en"));

	/**
	 * The sentence {@code key} in {@code language}, its formal variant when
	 * {@code formal} and there is one.
	 * @throws IllegalStateException when the language lacks the key (a test catches it)
	 */
	public String get(String language, String key, boolean formal) {
		Properties p = byLanguage.get(LocalFormats.language(language));
		String value = formal ? p.getProperty(key + ".formal") : null;
		if (value == null) {
			value = p.getProperty(key);
		}
		if (value == null) {
			throw new IllegalStateException("No template " + key + " in " + language);
		}
		return value;
	}

	public boolean has(String language, String key) {
		return byLanguage.get(LocalFormats.language(language)).containsKey(key);
	}

	private static Properties load(String language) {
		Properties p = new Properties();
		try (Reader r = new InputStreamReader(
				new ClassPathResource("assistant/templates/" + language + ".properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			p.load(r);
		}
		catch (IOException e) {
			throw new IllegalStateException("The assistant's " + language + " templates are missing", e);
		}
		return p;
	}

}
