package dev.deskhand.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentContentSniffingTests {

	@Test
	void decidesImageTypesFromMagicBytesWhateverTheName() {
		assertThat(type("scan.pdf", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0))).isEqualTo("image/png");
		assertThat(type("photo", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).isEqualTo("image/jpeg");
		assertThat(type("a.gif", ascii("GIF89a\u0001\u0000"))).isEqualTo("image/gif");
		assertThat(type("a.webp", ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).isEqualTo("image/webp");
		assertThat(type("a.tif", bytes('I', 'I', 0x2A, 0, 8, 0))).isEqualTo("image/tiff");
	}

	@Test
	void acceptsTextCsvXmlEdiAndMail() {
		assertThat(type("notes.txt", "Pickup at 10:00, gate 4".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("text/plain; charset=UTF-8");
		assertThat(type("rates.csv", "zone;pris\nØst;12,50\n".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo("text/csv; charset=ISO-8859-1");
		assertThat(type("order.xml", ascii("<?xml version=\"1.0\"?><order id=\"4711\"/>")))
			.startsWith("application/xml");
		assertThat(type("desadv.edi", ascii("UNA:+.? 'UNB+UNOC:3+SENDER+RECEIVER'"))).isEqualTo("application/edifact");
		assertThat(type("856.x12", ascii("ISA*00*          *00*"))).isEqualTo("application/edi-x12");
		assertThat(type("unable.txt", ascii("Unable to deliver"))).startsWith("text/plain");
		assertThat(type("mail.eml", ascii("Received: by mx\r\nFrom: a@example.test\r\nSubject: POD\r\n\r\nHello")))
			.isEqualTo("message/rfc822");
	}

	@Test
	void acceptsOfficeOpenXmlByZipMagicAndExtension() {
		byte[] docx = zip("[Content_Types].xml", "word/document.xml");
		assertThat(type("offer.docx", docx)).endsWith("wordprocessingml.document");
		assertThat(type("rates.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))).endsWith("spreadsheetml.sheet");
		assertThat(refusal("offer.zip", docx)).startsWith("ZIP archives are not accepted");
		assertThat(refusal("rates.xlsx", zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin")))
			.contains("macros");
	}

	@Test
	void refusesWhatCouldRunWhenOpenedWithAClearReason() {
		assertThat(refusal("page.txt", ascii("  <!DOCTYPE html><p>hi"))).isEqualTo(ContentSniffer.HTML_REFUSED);
		assertThat(refusal("note.txt", ascii("hello <script>alert(1)</script>")))
			.isEqualTo(ContentSniffer.HTML_REFUSED);
		assertThat(refusal("notes.html", ascii("just words"))).isEqualTo(ContentSniffer.HTML_REFUSED);
		assertThat(refusal("logo.xml", ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")))
			.isEqualTo(ContentSniffer.SVG_REFUSED);
		assertThat(refusal("setup.pdf", bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0))).startsWith("Programs and scripts");
		assertThat(refusal("tool", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0))).startsWith("Programs and scripts");
		assertThat(refusal("run.txt", ascii("#!/bin/sh\nrm -rf /"))).startsWith("Programs and scripts");
		assertThat(refusal("invoice.pdf.exe", ascii("%PDF-1.7"))).startsWith("Programs and scripts (.exe)");
		assertThat(refusal("old.doc", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))).contains(".docx");
		assertThat(refusal("blob.bin", bytes(1, 2, 3, 0, 4))).isEqualTo(ContentSniffer.UNKNOWN_REFUSED);
	}

	@Test
	void sanitisesFileNames() {
		assertThat(FileNames.sanitise("C:\\Users\\jens\\Desktop\\POD 4711.pdf")).isEqualTo("POD 4711.pdf");
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.sanitise("a\u0000b\nc:d.txt")).isEqualTo("abc_d.txt");
		assertThat(FileNames.sanitise("  ..hidden.  ")).isEqualTo("hidden");
		assertThat(FileNames.sanitise(null)).isEqualTo(FileNames.FALLBACK);
		String longName = FileNames.sanitise("x".repeat(300) + ".pdf");
		assertThat(longName).hasSize(FileNames.MAX_LENGTH).endsWith("x.pdf");
	}

	private static String type(String name, byte[] content) {
		ContentSniffer.Verdict v = ContentSniffer.sniff(name, content);
		assertThat(v.refusal()).as("refusal").isNull();
		return String.valueOf(v.contentType());
	}

	private static String refusal(String name, byte[] content) {
		ContentSniffer.Verdict v = ContentSniffer.sniff(name, content);
		assertThat(v.contentType()).as("content type").isNull();
		return String.valueOf(v.refusal());
	}

	static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}

	/** A real ZIP with empty entries of these names. */
	static byte[] zip(String... entries) {
		var out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new java.util.zip.ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
