package dev.deskhand.inbox.internal;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes into text when the declared charset may be missing, misspelt or unknown: a
 * known charset is used as declared; otherwise the bytes are read as UTF-8 if they are
 * valid UTF-8, else as Windows-1252 (the superset of ISO-8859-1 that real mail uses), and
 * the guess is recorded as a problem.
 */
final class MailCharsets {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private MailCharsets() {
	}

	static String decode(byte[] bytes, @Nullable String declared, List<String> problems) {
		Charset charset = lookup(declared);
		if (charset != null) {
			return new String(bytes, charset);
		}
		boolean utf8 = validUtf8(bytes);
		if (declared != null && !declared.isBlank()) {
			problems.add("unknown charset " + declared.strip() + ", read as " + (utf8 ? "UTF-8" : "ISO-8859-1"));
		}
		return new String(bytes, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
	}

	static @Nullable Charset lookup(@Nullable String declared) {
		if (declared == null || declared.isBlank()) {
			return null;
		}
		String name = MimeUtility.javaCharset(declared.strip().replace("\"", ""));
		try {
			Charset charset = Charset.forName(name);
			// ISO-8859-1 as declared by mail almost always means Windows-1252 (curly
			// quotes, euro)
			return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
					? WINDOWS_1252 : charset;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static boolean validUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	/**
	 * Header text that arrived as raw 8-bit UTF-8 (RFC 6532) is read by Jakarta Mail as
	 * ISO-8859-1: turn it back into what the sender wrote.
	 */
	static String repairHeader(String value) {
		boolean high = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c > 0xFF) {
				return value;
			}
			high |= c > 0x7F;
		}
		if (!high) {
			return value;
		}
		byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
		return validUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : value;
	}

}
