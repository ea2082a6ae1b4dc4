package dev.deskhand.billing.contracts.web;

import dev.deskhand.shared.Money;
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
 * Dates, amounts and hours of contracts as their reader writes them (Danish, German or
 * English): {@code 4. dec. 2026}, {@code 425,00 kr.}, {@code 1.234,50 €}. Templates call
 * it as {@code @billingFmt}.
 */
@Component("billingFmt")
class BillingFormats {

	public String date(@Nullable LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	public String money(@Nullable Money money) {
		if (money == null) {
			return "";
		}
		Locale locale = locale();
		NumberFormat f = NumberFormat.getCurrencyInstance(withCountry(locale));
		f.setCurrency(Currency.getInstance(money.currency()));
		return f.format(money.amount());
	}

	public String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat f = NumberFormat.getNumberInstance(locale());
		f.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
		f.setMaximumFractionDigits(2);
		return f.format(value);
	}

	/** The value for an input field: a plain number with a point. */
	public String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** Currency formats need a country: Denmark for Danish, Germany for German. */
	private static Locale withCountry(Locale locale) {
		return switch (locale.getLanguage()) {
			case "da" -> Locale.of("da", "DK");
			case "de" -> Locale.of("de", "DE");
			default -> Locale.of("en", "IE");
		};
	}

}
