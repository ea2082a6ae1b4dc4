package dev.deskhand.inbox.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the parser made of one raw message: never null fields where a broken message could
 * leave them empty, and every problem named in {@link #problems}.
 *
 * @param dedupeKey the Message-ID, or {@code sha256:<hex>} of the raw bytes when it has
 * none
 * @param text the safe text of the body (from text/plain, else from the HTML)
 * @param quotedFrom where the quoted history starts in {@code text}; null when none
 * @param html the sanitised HTML; null when the message had none
 * @param automatedReason why it counts as automated; null for a person's mail
 * @param headers the few headers kept (Auto-Submitted, Precedence, List-Id, ...)
 * @param bounce what a delivery report says about the message it returns; null for
 * anything but a bounce
 */
public record ParsedMail(String dedupeKey, @Nullable String messageId, @Nullable String inReplyTo,
		List<String> references, Address from, List<Address> to, List<Address> cc, String subject,
		@Nullable Instant sentAt, String text, @Nullable Integer quotedFrom, @Nullable String html,
		@Nullable String automatedReason, Map<String, String> headers, List<Part> attachments, List<String> problems,
		int rawSize, @Nullable Bounce bounce) {

	public boolean automated() {
		return automatedReason != null || bounce != null;
	}

	/** What kind of automatic mail this is; null for a person's mail. */
	public dev.deskhand.inbox.@Nullable AutomaticKind automaticKind() {
		if (bounce != null) {
			return dev.deskhand.inbox.AutomaticKind.BOUNCE;
		}
		if (automatedReason == null) {
			return null;
		}
		String r = automatedReason.toLowerCase(java.util.Locale.ROOT);
		return r.startsWith("precedence: bulk") || r.startsWith("precedence: list") || r.startsWith("precedence: junk")
				|| r.startsWith("list-") ? dev.deskhand.inbox.AutomaticKind.BULK
						: dev.deskhand.inbox.AutomaticKind.AUTO_REPLY;
	}

	public @Nullable String problem() {
		return problems.isEmpty() ? null : String.join("; ", problems);
	}

	/**
	 * The problems without their details (header values, exception messages), for a log
	 * line that must not carry the message's content.
	 */
	public @Nullable String problemKinds() {
		return problems.isEmpty() ? null
				: problems.stream()
					.map(p -> p.replaceFirst("\\s*[:(].*$", ""))
					.distinct()
					.collect(java.util.stream.Collectors.joining("; "));
	}

	/** An address with its (decoded) display name; the address is lower-cased. */
	public record Address(String address, String name) {

		public static final Address UNKNOWN = new Address("", "");

		@Override
		public String toString() {
			return name.isBlank() ? address : name + " <" + address + ">";
		}

	}

	/**
	 * An attachment or inline part; {@code content} is null when it was too large to keep
	 * ({@code refused} says so).
	 */
	public record Part(String name, String contentType, long size, boolean inline, byte @Nullable [] content,
			@Nullable String refused) {
	}

	/**
	 * A delivery report (RFC 3464) or a bounce without one: the message it returns, the
	 * recipient that failed, and why — each null when the report does not say.
	 */
	public record Bounce(@Nullable String originalMessageId, @Nullable String recipient, @Nullable String status,
			@Nullable String diagnostic) {

		/** The reason as a person reads it: the diagnostic, else the status code. */
		public @Nullable String reason() {
			if (diagnostic != null && !diagnostic.isBlank()) {
				return status == null || diagnostic.contains(status) ? diagnostic : status + " " + diagnostic;
			}
			return status;
		}

	}

}
