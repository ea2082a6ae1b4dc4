package dev.deskhand.hiring.web;

import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.PostTask;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, amounts, languages and texts of hiring pages as their reader writes them. The
 * public pages speak the post's language whatever the visitor's: they pass it in
 * ({@code lang}); the signed-in pages use the reader's. Templates call it as
 * {@code @hiringFmt}.
 */
@Component("hiringFmt")
class JobPostFormats {

	private final MessageSource messages;

	JobPostFormats(MessageSource messages) {
		this.messages = messages;
	}

	/** A bundle text in {@code lang}. */
	public String t(String lang, String key, Object... args) {
		return messages.getMessage(key, args, Locale.forLanguageTag(lang));
	}

	public String date(@Nullable LocalDate date) {
		return date(date, reader());
	}

	public String date(@Nullable LocalDate date, String lang) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
					.withLocale(Locale.forLanguageTag(lang))
					.format(date);
	}

	public String money(@Nullable BigDecimal amount, String currency) {
		return money(amount, currency, reader());
	}

	public String money(@Nullable BigDecimal amount, String currency, String lang) {
		if (amount == null) {
			return "";
		}
		NumberFormat f = NumberFormat.getCurrencyInstance(switch (lang) {
			case "da" -> Locale.of("da", "DK");
			case "de" -> Locale.of("de", "DE");
			default -> Locale.of("en", "IE");
		});
		f.setCurrency(Currency.getInstance(currency));
		return f.format(amount);
	}

	public String number(double value) {
		NumberFormat f = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		f.setMaximumFractionDigits(1);
		f.setMinimumFractionDigits(value == Math.rint(value) ? 0 : 1);
		return f.format(value);
	}

	public String time(@Nullable LocalTime time) {
		return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	/** A language code named in {@code lang}: "dansk", "Dänisch", "Danish". */
	public String language(String code, String lang) {
		return messages.getMessage("hiring.language." + code, null, code, Locale.forLanguageTag(lang));
	}

	public String language(String code) {
		return language(code, reader());
	}

	public String languages(List<String> codes, String lang) {
		return String.join(", ", codes.stream().map(c -> language(c, lang)).toList());
	}

	public String languages(List<String> codes) {
		return languages(codes, reader());
	}

	/** A time zone as people know it: "Manila (Philippine Time)". */
	public String zone(ZoneId zone, String lang) {
		String id = zone.getId();
		String city = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
		return city + " (" + zone.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(lang)) + ")";
	}

	public String zone(ZoneId zone) {
		return zone(zone, reader());
	}

	/** The post as plain text for freelance platforms, in the post's language. */
	public String text(JobPostView p, List<PostTask> tasks, String workspaceName, ZoneId zone, String url) {
		String l = p.language();
		List<String> out = new ArrayList<>();
		out.add(p.title());
		out.add("=".repeat(Math.min(p.title().length(), 60)));
		out.add(t(l, "hiring.text.by", workspaceName));
		out.add("");
		if (!p.description().isBlank()) {
			out.add(p.description());
			out.add("");
		}
		if (!tasks.isEmpty()) {
			out.add(t(l, "hiring.post.tasks") + ":");
			for (PostTask task : tasks) {
				out.add("- " + task.title() + (task.summary().isBlank() ? "" : ": " + task.summary()));
			}
			out.add("");
		}
		if (!p.languages().isEmpty()) {
			out.add(t(l, "hiring.post.languages") + ": " + languages(p.languages(), l));
		}
		if (p.overlapStart() != null) {
			out.add(t(l, "hiring.text.overlap", time(p.overlapStart()), time(p.overlapEnd()), zone(zone, l)));
		}
		if (p.hoursPerWeek() != null) {
			out.add(t(l, "hiring.text.hours", p.hoursPerWeek()));
		}
		out.add(t(l, "hiring.post.maxRate") + ": " + money(p.maxRate(), p.currency(), l) + " · "
				+ t(l, "hiring.contractKind." + p.contractKind()));
		if (p.trialDays() > 0) {
			out.add(t(l, "hiring.text.trial", p.trialDays()));
		}
		if (p.closesOn() != null) {
			out.add(t(l, "hiring.post.closesOn") + ": " + date(p.closesOn(), l));
		}
		if (!p.sampleTask().isBlank()) {
			out.add("");
			out.add(t(l, "hiring.post.sampleTask") + ":");
			out.add(p.sampleTask());
		}
		out.add("");
		out.add(t(l, "hiring.text.apply", url));
		return String.join("\n", out);
	}

	private static String reader() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

}
