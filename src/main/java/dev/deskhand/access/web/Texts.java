package dev.deskhand.access.web;

import dev.deskhand.shared.Text;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves what the server says to people ({@link Text}, and the exceptions that carry
 * one) in the reader's language: arguments that are texts are translated, times are shown
 * in the reader's time zone and format. Templates call it as {@code @texts.of(x)}; the
 * API as {@link #of(MessageSourceResolvable, Locale)} with the caller's language.
 */
@Component("texts")
class Texts {

	private final MessageSource messages;

	private final Formats formats;

	Texts(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** {@code what} in the current request's language; strings as they are. */
	public String of(@Nullable Object what) {
		return switch (what) {
			case null -> "";
			case MessageSourceResolvable r -> of(r, LocaleContextHolder.getLocale());
			default -> String.valueOf(what);
		};
	}

	/** {@code what} in {@code locale}. */
	public String of(MessageSourceResolvable what, Locale locale) {
		String[] codes = what.getCodes();
		if (codes == null || codes.length == 0) {
			return String.valueOf(what.getDefaultMessage());
		}
		Object[] args = what.getArguments() == null ? new Object[0]
				: Arrays.stream(what.getArguments()).map(a -> argument(a, locale)).toArray();
		String fallback = what.getDefaultMessage() != null ? what.getDefaultMessage()
				: what instanceof Text t ? t.english() : codes[0];
		return messages.getMessage(codes[0], args.length == 0 ? null : args, fallback, locale);
	}

	private Object argument(@Nullable Object a, Locale locale) {
		return switch (a) {
			case null -> "";
			case MessageSourceResolvable r -> of(r, locale);
			case Instant i -> formats.time(i);
			case DayOfWeek d -> d.getDisplayName(TextStyle.FULL, locale);
			default -> a;
		};
	}

}
