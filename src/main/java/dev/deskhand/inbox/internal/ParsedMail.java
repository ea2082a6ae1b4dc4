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
 */
public record ParsedMail(String dedupeKey, @Nullable String messageId, @Nullable String inReplyTo,
		List<String> references, Address from, List<Address> to, List<Address> cc, String subject,
		@Nullable Instant sentAt, String text, @Nullable Integer quotedFrom, @Nullable String html,
		@Nullable String automatedReason, Map<String, String> headers, List<Part> attachments, List<String> problems,
		int rawSize) {

	public boolean automated() {
		return automatedReason != null;
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

}
