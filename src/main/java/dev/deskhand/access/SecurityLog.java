package dev.deskhand.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Security events (sign-in, throttling, password changes, API tokens, refused access) on
 * the logger {@code dev.deskhand.security}, one line each: {@code event=… key=value …},
 * also attached as SLF4J key-value pairs for structured log formats. The source address
 * is the current request's, unless given. Callers pass who and what, never a password,
 * token or other secret.
 */
final class SecurityLog {

	static final String LOGGER = "dev.deskhand.security";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private SecurityLog() {
	}

	/** An expected event: a sign-in, a password or token change. */
	static void info(String event, @Nullable Object... keyValues) {
		write(Level.INFO, event, keyValues);
	}

	/** A refusal or a sign of an attack: failed or throttled sign-in, refused access. */
	static void warn(String event, @Nullable Object... keyValues) {
		write(Level.WARN, event, keyValues);
	}

	private static void write(Level level, String event, @Nullable Object[] keyValues) {
		if (!log.isEnabledForLevel(level)) {
			return;
		}
		LoggingEventBuilder entry = log.atLevel(level).addKeyValue("event", event);
		StringBuilder line = new StringBuilder("event=").append(event);
		boolean addressGiven = false;
		for (int i = 0; i + 1 < keyValues.length; i += 2) {
			String key = String.valueOf(keyValues[i]);
			String value = clean(keyValues[i + 1]);
			addressGiven |= key.equals("address");
			entry = entry.addKeyValue(key, value);
			line.append(' ').append(key).append('=').append(quoted(value));
		}
		String address = addressGiven ? null : currentAddress();
		if (address != null) {
			entry = entry.addKeyValue("address", address);
			line.append(" address=").append(address);
		}
		entry.log(line.toString());
	}

	/** A caller as {@code person:<id>} or {@code token-member:<id>}. */
	static String who(Caller caller) {
		return caller.person() != null ? "person:" + caller.person().value()
				: "token-member:" + java.util.Objects.requireNonNull(caller.tokenMember()).value();
	}

	/**
	 * The address the current request comes from (see server.forward-headers-strategy).
	 */
	static @Nullable String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/**
	 * No line breaks or other control characters from user input, and nothing endless.
	 */
	private static String clean(@Nullable Object value) {
		String text = CONTROL.matcher(String.valueOf(value)).replaceAll("?");
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	private static String quoted(String value) {
		return value.isEmpty() || value.chars().anyMatch(c -> c == ' ' || c == '"' || c == '=')
				? '"' + value.replace("\"", "'") + '"' : value;
	}

}
