package dev.deskhand.documents.web;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * {@code attachment; filename="..."; filename*=UTF-8''...} (RFC 6266 with RFC 8187
 * encoding): the plain {@code filename} is an ASCII stand-in for old clients, the encoded
 * one carries the real name.
 */
final class ContentDispositions {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private static final HexFormat HEX = HexFormat.of().withUpperCase();

	private ContentDispositions() {
	}

	static String attachment(String name) {
		return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
	}

	/** Shown in the browser (a preview); same name encoding as an attachment. */
	static String inline(String name) {
		return "inline; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
	}

	private static String asciiFallback(String name) {
		StringBuilder sb = new StringBuilder();
		name.codePoints()
			.forEach(cp -> sb.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '_'));
		return sb.toString();
	}

	private static String encode(String name) {
		StringBuilder sb = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
				sb.append((char) c);
			}
			else {
				sb.append('%').append(HEX.toHexDigits((byte) c));
			}
		}
		return sb.toString();
	}

}
