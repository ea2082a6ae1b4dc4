package dev.deskhand.billing.invoices.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and amounts on invoice pages as the reader writes them ({@code @invoiceFmt}). */
@Component("invoiceFmt")
class InvoiceFormats {

	public String date(@Nullable LocalDate day) {
		if (day == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
	}

	public String money(@Nullable BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		NumberFormat f = NumberFormat.getNumberInstance(locale());
		f.setMinimumFractionDigits(2);
		f.setMaximumFractionDigits(2);
		return f.format(amount) + " " + currency;
	}

	public String number(BigDecimal value) {
		NumberFormat f = NumberFormat.getNumberInstance(locale());
		f.setMinimumFractionDigits(2);
		f.setMaximumFractionDigits(2);
		return f.format(value);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
