package dev.deskhand.references;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.shared.Text;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text the references module shows exists in Danish, German and English, with the
 * same arguments, and every reason a check can give has its text.
 */
class ReferenceMessagesTests {

	private static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (var in = ReferenceMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	private static Set<String> refs(Properties p) {
		Set<String> keys = new TreeSet<>();
		p.stringPropertyNames().stream().filter(k -> k.startsWith("refs.")).forEach(keys::add);
		return keys;
	}

	@Test
	void everyKeyInAllThreeLanguagesWithTheSameArguments() throws IOException {
		Properties en = bundle("messages");
		Properties da = bundle("messages_da");
		Properties de = bundle("messages_de");
		assertThat(refs(en)).isNotEmpty().isEqualTo(refs(da)).isEqualTo(refs(de));
		for (String key : refs(en)) {
			assertThat(arguments(da.getProperty(key))).as("da " + key).isEqualTo(arguments(en.getProperty(key)));
			assertThat(arguments(de.getProperty(key))).as("de " + key).isEqualTo(arguments(en.getProperty(key)));
		}
	}

	private static Set<String> arguments(String text) {
		Set<String> args = new TreeSet<>();
		var m = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
		while (m.find()) {
			args.add(m.group());
		}
		return args;
	}

	@Test
	void everyReasonAndLabelHasItsText() throws IOException {
		Properties en = bundle("messages");
		List<Text> texts = new ArrayList<>();
		for (String value : List.of("CSQU3054384", "CSQU305438", "TBJA7176445", "C5QU3054383", "CSQU3054Z83", "X",
				"RB123456785XX", "RB123456786US", "157-12345676", "1Z5R89390357567128", "PO-1")) {
			for (ReferenceType type : ReferenceType.values()) {
				ReferenceCandidate c = ReferenceChecks.validate(type, value);
				texts.add(c.label());
				if (c.reason() != null) {
					texts.add(c.reason());
				}
			}
			ReferenceChecks.candidates(value).forEach(c -> texts.add(c.label()));
		}
		texts.add(ReferenceChecks.validate(ReferenceType.CONTAINER, "").reason());
		texts.add(ReferenceChecks.validate(ReferenceType.CONTAINER, "§§").reason());
		for (Text t : texts) {
			assertThat(en).as(t.key()).containsKey(t.key());
			for (Object arg : t.args()) {
				if (arg instanceof Text nested) {
					assertThat(en).as(nested.key()).containsKey(nested.key());
				}
			}
		}
	}

}
