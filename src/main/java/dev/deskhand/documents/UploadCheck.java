package dev.deskhand.documents;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The checks every upload passes before anything is stored: not empty, not over the size
 * limit (read no further than one byte past it, so an oversized stream is never held
 * whole), a sanitised name and a sniffed content type.
 */
final class UploadCheck {

	static final String FIELD = "/file";

	private final long maxBytes;

	UploadCheck(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	CheckedFile check(@Nullable String fileName, InputStream content) {
		byte[] bytes = readAtMost(content, maxBytes + 1);
		if (bytes.length == 0) {
			throw new InvalidInputException(FIELD, Text.of("input.fileEmpty"));
		}
		if (bytes.length > maxBytes) {
			throw new InvalidInputException(FIELD, Text.of("input.fileTooLarge", readable(maxBytes)));
		}
		String name = FileNames.sanitise(fileName);
		ContentSniffer.Verdict verdict = ContentSniffer.sniff(name, bytes);
		if (verdict.contentType() == null) {
			throw new InvalidInputException(FIELD,
					verdict.reason() != null ? verdict.reason() : Text.of("documents.refused.unknown"));
		}
		return new CheckedFile(name, verdict.contentType(), bytes, sha256(bytes));
	}

	private static byte[] readAtMost(InputStream in, long limit) {
		try (in) {
			return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The upload could not be read", e);
		}
	}

	static String readable(long bytes) {
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An upload that passed: what is encrypted and what is recorded about it. */
	record CheckedFile(String name, String contentType, byte[] bytes, String sha256) {
	}

}
