package dev.deskhand.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every label of the invoice files exists in Danish, German and English with the same
 * arguments; numbers and dates are written as each language writes them.
 */
class InvoiceLabelsTests {

	@Test
	void everyKeyInAllThreeLanguagesWithTheSameArguments() throws IOException {
		Properties en = bundle("messages");
		Properties da = bundle("messages_da");
		Properties de = bundle("messages_de");
		assertThat(keys(en)).hasSizeGreaterThan(40).isEqualTo(keys(da)).isEqualTo(keys(de));
		for (String key : keys(en)) {
			assertThat(arguments(da.getProperty(key))).as("da " + key).isEqualTo(arguments(en.getProperty(key)));
			assertThat(arguments(de.getProperty(key))).as("de " + key).isEqualTo(arguments(en.getProperty(key)));
		}
	}

	@Test
	void writesNumbersAndDatesAsEachLanguageDoes() {
		InvoiceLabels da = new InvoiceLabels(InvoiceDocuments.messages(), "da");
		InvoiceLabels de = new InvoiceLabels(InvoiceDocuments.messages(), "de");
		InvoiceLabels en = new InvoiceLabels(InvoiceDocuments.messages(), "en");
		BigDecimal amount = new BigDecimal("1234567.5");

		assertThat(da.amount(amount, "DKK")).isEqualTo("1.234.567,50 DKK");
		assertThat(de.amount(amount, "EUR")).isEqualTo("1.234.567,50 EUR");
		assertThat(en.amount(amount, "GBP")).isEqualTo("1,234,567.50 GBP");
		assertThat(da.rate(new BigDecimal("25.00"))).isEqualTo("25");
		assertThat(de.rate(new BigDecimal("7.50"))).isEqualTo("7,5");
		assertThat(da.quantity(new BigDecimal("3.00"), "C62")).isEqualTo("3");
		assertThat(da.quantity(new BigDecimal("3.00"), "HUR")).isEqualTo("3,00");
		LocalDate date = LocalDate.of(2026, 3, 2);
		assertThat(da.date(date)).isEqualTo("2. marts 2026");
		assertThat(de.date(date)).isEqualTo("2. März 2026");
		assertThat(en.date(date)).isEqualTo("2 March 2026");
		assertThat(de.country("DK")).isEqualTo("Dänemark");
		assertThat(da.country("DE")).isEqualTo("Tyskland");
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = InvoiceLabelsTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> keys(Properties properties) {
		Set<String> keys = new TreeSet<>();
		properties.stringPropertyNames().stream().filter(k -> k.startsWith("billing.pdf.")).forEach(keys::add);
		return keys;
	}

	private static Set<String> arguments(String text) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{\\d}").matcher(text);
		while (matcher.find()) {
			arguments.add(matcher.group());
		}
		return arguments;
	}

}
