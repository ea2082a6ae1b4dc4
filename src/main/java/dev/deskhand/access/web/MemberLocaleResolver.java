package dev.deskhand.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of every page: the signed-in person's own choice (read on each request, so
 * a change in the profile shows at once), else {@code ?lang=} remembered in the session,
 * else the browser's preference among da, de and en.
 */
@Component("localeResolver")
class MemberLocaleResolver implements LocaleResolver {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("da"), Locale.GERMAN);

	private static final String SESSION_KEY = "deskhand.lang";

	private final CurrentPerson person;

	MemberLocaleResolver(CurrentPerson person) {
		this.person = person;
	}

	/**
	 * Spring asks on every message a page renders: the person is read once per request.
	 */
	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		var signedIn = person.get();
		if (signedIn.isPresent()) {
			return Locale.forLanguageTag(signedIn.get().language());
		}
		String asked = request.getParameter("lang");
		if (asked != null && supported(asked) != null) {
			request.getSession().setAttribute(SESSION_KEY, asked);
			return supported(asked);
		}
		var session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_KEY) instanceof String lang && supported(lang) != null) {
			return supported(lang);
		}
		for (var range : Locale.LanguageRange
			.parse(Objects.requireNonNullElse(request.getHeader("Accept-Language"), "en"))) {
			Locale l = supported(range.getRange());
			if (l != null) {
				return l;
			}
		}
		return Locale.ENGLISH;
	}

	private static @Nullable Locale supported(String tag) {
		String lang = Locale.forLanguageTag(tag).getLanguage();
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(lang)).findFirst().orElse(null);
	}

	/**
	 * Nothing to do: a signed-in person's language is part of their profile (changed on
	 * the profile page), and before sign-in {@code ?lang=} chooses it.
	 */
	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
	}

}
