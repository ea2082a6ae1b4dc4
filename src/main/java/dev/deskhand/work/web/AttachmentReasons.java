package dev.deskhand.work.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The message key for why a received attachment was not stored. The inbox keeps the
 * documents module's English reason; pages show it translated by its kind.
 */
@Component("attachmentReasons")
class AttachmentReasons {

	public String key(@Nullable String reason) {
		String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
		if (r.contains("larger than") || r.contains("too large")) {
			return "attachment.refused.tooLarge";
		}
		if (r.contains("empty")) {
			return "attachment.refused.empty";
		}
		if (r.startsWith("html")) {
			return "attachment.refused.html";
		}
		if (r.startsWith("svg")) {
			return "attachment.refused.svg";
		}
		if (r.startsWith("programs and scripts")) {
			return "attachment.refused.program";
		}
		if (r.contains("macros")) {
			return "attachment.refused.macros";
		}
		if (r.startsWith("zip")) {
			return "attachment.refused.zip";
		}
		if (r.contains("damaged")) {
			return "attachment.refused.damaged";
		}
		if (r.startsWith("this kind of file")) {
			return "attachment.refused.type";
		}
		return "attachment.refused.other";
	}

	/** A size as people read it: 840 B, 12 kB, 1.4 MB. */
	public String size(long bytes) {
		if (bytes < 1000) {
			return bytes + " B";
		}
		if (bytes < 1_000_000) {
			return Math.round(bytes / 1000.0) + " kB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
	}

	public boolean previewable(String contentType) {
		return contentType.equals("application/pdf") || contentType.equals("image/png")
				|| contentType.equals("image/jpeg") || contentType.equals("image/gif")
				|| contentType.equals("image/webp");
	}

}
