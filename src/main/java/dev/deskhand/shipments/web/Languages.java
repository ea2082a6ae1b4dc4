package dev.deskhand.shipments.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The API's language: the caller's Accept-Language among da, de and en; English else. */
final class Languages {

	private static final List<String> SUPPORTED = List.of("en", "da", "de");

	private Languages() {
	}

	static Locale of(@Nullable String acceptLanguage) {
		if (acceptLanguage != null && !acceptLanguage.isBlank()) {
			try {
				for (var range : Locale.LanguageRange.parse(acceptLanguage)) {
					String lang = Locale.forLanguageTag(range.getRange()).getLanguage();
					if (SUPPORTED.contains(lang)) {
						return Locale.forLanguageTag(lang);
					}
				}
			}
			catch (IllegalArgumentException e) {
				// a malformed header: English
			}
		}
		return Locale.ENGLISH;
	}

}
