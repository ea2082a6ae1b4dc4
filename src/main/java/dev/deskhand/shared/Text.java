package dev.deskhand.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A text a person reads, as a key of the message bundles ({@code i18n/messages*}) and its
 * arguments: the one way server-side code says something to people. Pages resolve it with
 * Spring's {@code MessageSource} in the reader's language; an argument that is itself a
 * {@code Text} (a role, a status) is translated too. {@link #english()} is the English
 * text, for logs and API callers without a language.
 *
 * @param key a key of the bundles, never null
 * @param args its arguments ({0}, {1} … in the text), strings, numbers or {@code Text}s
 */
public record Text(String key, Object... args) implements MessageSourceResolvable, Serializable {

	/** A text from {@code key} with {@code args}. */
	public static Text of(String key, Object... args) {
		return new Text(key, args);
	}

	/**
	 * Words that are not the bundles' (user data, a mail server's answer) shown as they
	 * are.
	 */
	public static Text literal(String words) {
		return new Text(LITERAL, words);
	}

	/** The key of {@link #literal}: its text is its one argument. */
	public static final String LITERAL = "text.literal";

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return args;
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

	/**
	 * The English text (the default bundle), formatted as Spring does: plain without
	 * arguments, {@link MessageFormat} with them. The key itself when the bundle lacks
	 * it.
	 */
	public String english() {
		String pattern;
		try {
			pattern = ResourceBundle
				.getBundle("i18n.messages", Locale.ROOT,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(key);
		}
		catch (MissingResourceException e) {
			return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
		}
		if (args.length == 0) {
			return pattern;
		}
		Object[] english = Arrays.stream(args)
			.map(a -> a instanceof Text t ? t.english()
					: a instanceof java.time.DayOfWeek d
							? d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) : a)
			.toArray();
		return new MessageFormat(pattern, Locale.ENGLISH).format(english);
	}

	@Override
	public String toString() {
		return english();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Text t && t.key.equals(key) && Arrays.equals(t.args, args);
	}

	@Override
	public int hashCode() {
		return key.hashCode() * 31 + Arrays.hashCode(args);
	}

}
