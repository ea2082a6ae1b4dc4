package dev.deskhand.access;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.InvalidInputException;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing a grant may be limited to: a kind (e.g. {@code customer}, {@code mailbox};
 * modules add kinds by declaring a {@link ScopeKind} bean) and a key within it (a
 * customer number, a mailbox address).
 */
public record ScopeRef(String kind, String key) {
	/** How a grant lists its scopes: by {@code kind:key}. */
	public static final Comparator<ScopeRef> ORDER = Comparator.comparing(ScopeRef::toString);

	private static final Pattern KIND = Pattern.compile("^[a-z][a-z0-9-]{0,30}$");

	public ScopeRef {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(key, "key");
		if (!KIND.matcher(kind).matches()) {
			throw new InvalidInputException("/scopes", Text.of("input.scopeKind", kind));
		}
		key = key.strip();
		if (key.isEmpty() || key.length() > 200) {
			throw new InvalidInputException("/scopes", Text.of("input.scopeKey"));
		}
	}

	/** Parses {@code kind:key}. */
	public static ScopeRef parse(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0) {
			throw new InvalidInputException("/scopes", Text.of("input.scopeFormat"));
		}
		return new ScopeRef(text.substring(0, colon).strip(), text.substring(colon + 1));
	}

	@Override
	public String toString() {
		return kind + ":" + key;
	}
}
