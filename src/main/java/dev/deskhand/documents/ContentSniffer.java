package dev.deskhand.documents;

import dev.deskhand.shared.Text;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides a file's content type from its bytes (magic numbers), never from what the
 * uploader claims, and refuses what could run code when opened: programs, scripts, HTML,
 * SVG, macro-enabled Office files and unknown binaries. The file name's extension only
 * tells apart the ZIP-based Office formats and CSV from plain text, and an extension that
 * would make a harmless-looking file run when opened (e.g. {@code .html}) is refused
 * whatever the content.
 */
final class ContentSniffer {

	static final Text HTML = Text.of("documents.refused.html");

	static final Text SVG = Text.of("documents.refused.svg");

	static final Text UNKNOWN = Text.of("documents.refused.unknown");

	static final String HTML_REFUSED = HTML.english();

	static final String SVG_REFUSED = SVG.english();

	static final String UNKNOWN_REFUSED = UNKNOWN.english();

	private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml");

	private static final Set<String> SVG_EXTENSIONS = Set.of("svg", "svgz");

	private static final Set<String> PROGRAM_EXTENSIONS = Set.of("exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif",
			"cpl", "dll", "sys", "ps1", "psm1", "vbs", "vbe", "js", "mjs", "jse", "wsf", "wsh", "hta", "lnk", "url",
			"reg", "sh", "bash", "zsh", "csh", "jar", "apk", "app", "dmg", "pkg", "deb", "rpm", "iso", "php", "asp",
			"aspx", "jsp", "py", "pl", "rb", "cgi", "swf", "xsl", "xslt");

	private static final Set<String> MACRO_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlsb", "pptm", "potm");

	private ContentSniffer() {
	}

	/**
	 * Never throws: every input is either accepted with a content type or refused with a
	 * reason.
	 */
	static Verdict sniff(String fileName, byte[] content) {
		String ext = FileNames.extension(fileName);
		if (HTML_EXTENSIONS.contains(ext)) {
			return Verdict.refused(HTML);
		}
		if (SVG_EXTENSIONS.contains(ext)) {
			return Verdict.refused(SVG);
		}
		if (PROGRAM_EXTENSIONS.contains(ext)) {
			return Verdict.refused(Text.of("documents.refused.programNamed", ext));
		}
		if (startsWith(content, 0, "%PDF-")) {
			return Verdict.accepted("application/pdf");
		}
		if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Verdict.accepted("image/png");
		}
		if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
			return Verdict.accepted("image/jpeg");
		}
		if (startsWith(content, 0, "GIF87a") || startsWith(content, 0, "GIF89a")) {
			return Verdict.accepted("image/gif");
		}
		if (startsWith(content, 0, "RIFF") && startsWith(content, 8, "WEBP")) {
			return Verdict.accepted("image/webp");
		}
		if (startsWith(content, 0, 'I', 'I', 0x2A, 0x00) || startsWith(content, 0, 'M', 'M', 0x00, 0x2A)) {
			return Verdict.accepted("image/tiff");
		}
		if (startsWith(content, 0, 'P', 'K', 0x03, 0x04)) {
			return office(ext, content);
		}
		if (program(content)) {
			return Verdict.refused(Text.of("documents.refused.program"));
		}
		if (startsWith(content, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return Verdict.refused(Text.of("documents.refused.oldOffice"));
		}
		return TextSniffer.sniff(ext, content);
	}

	/**
	 * Office Open XML is a ZIP holding {@code [Content_Types].xml} and the application's
	 * folder.
	 */
	private static Verdict office(String ext, byte[] content) {
		if (MACRO_EXTENSIONS.contains(ext) || contains(content, "vbaProject.bin")) {
			return Verdict.refused(Text.of("documents.refused.macros"));
		}
		String folder = switch (ext) {
			case "docx" -> "word/";
			case "xlsx" -> "xl/";
			case "pptx" -> "ppt/";
			default -> "";
		};
		if (folder.isEmpty()) {
			return Verdict.refused(Text.of("documents.refused.zip"));
		}
		if (!contains(content, "[Content_Types].xml") || !contains(content, folder)) {
			return Verdict.refused(Text.of("documents.refused.damaged", ext));
		}
		return Verdict.accepted(switch (ext) {
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			default -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
		});
	}

	private static boolean program(byte[] b) {
		boolean windows = startsWith(b, 0, "MZ") && nulWithin(b, 64);
		boolean elf = startsWith(b, 0, 0x7F, 'E', 'L', 'F');
		boolean mach = startsWith(b, 0, 0xFE, 0xED, 0xFA) || startsWith(b, 0, 0xCE, 0xFA, 0xED, 0xFE)
				|| startsWith(b, 0, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(b, 0, 0xCA, 0xFE, 0xBA, 0xBE);
		return windows || elf || mach || startsWith(b, 0, "#!");
	}

	private static boolean nulWithin(byte[] b, int length) {
		for (int i = 0; i < Math.min(length, b.length); i++) {
			if (b[i] == 0) {
				return true;
			}
		}
		return false;
	}

	static boolean startsWith(byte[] b, int offset, String ascii) {
		return startsWith(b, offset, ascii.chars().toArray());
	}

	static boolean startsWith(byte[] b, int offset, int... expected) {
		if (b.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((b[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(byte[] b, String ascii) {
		byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i <= b.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (b[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * Either a content type ({@code reason} null) or a refusal's reason
	 * ({@code contentType} null).
	 */
	record Verdict(@Nullable String contentType, @Nullable Text reason) {
		static Verdict accepted(String contentType) {
			return new Verdict(contentType, null);
		}

		static Verdict refused(Text reason) {
			return new Verdict(null, reason);
		}

		/** The refusal in English (logs, stored attachment reasons), or null. */
		@Nullable String refusal() {
			return reason == null ? null : reason.english();
		}
	}

}
