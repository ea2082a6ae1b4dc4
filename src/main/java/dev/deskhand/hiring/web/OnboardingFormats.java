package dev.deskhand.hiring.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Days and rates of hires as their reader writes them ({@code 4. dec. 2026},
 * {@code 310,00 kr.}). Templates call it as {@code @onboardingFmt}.
 */
@Component("onboardingFmt")
class OnboardingFormats {

	public String date(@Nullable LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	public String money(@Nullable BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		Locale locale = locale();
		NumberFormat f = NumberFormat.getCurrencyInstance(switch (locale.getLanguage()) {
			case "da" -> Locale.of("da", "DK");
			case "de" -> Locale.of("de", "DE");
			default -> Locale.of("en", "IE");
		});
		f.setCurrency(Currency.getInstance(currency));
		return f.format(amount);
	}

	public String number(double value) {
		NumberFormat f = NumberFormat.getNumberInstance(locale());
		f.setMaximumFractionDigits(1);
		return f.format(value);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
