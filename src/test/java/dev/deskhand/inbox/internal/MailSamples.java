package dev.deskhand.inbox.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real-world shaped messages, built by hand, as raw RFC 5322 text. */
public final class MailSamples {

	public static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	public static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	private MailSamples() {
	}

	public static String outlookHtml(String messageId) {
		return """
				From: "Hansen, Lars" <lars.hansen@kunde.dk>
				To: support@nordhavn.test
				Subject: =?utf-8?Q?Forsinket_levering_p=C3=A5_ordre_4711?=
				Message-ID: %s
				Date: Mon, 2 Nov 2026 09:15:00 +0100
				MIME-Version: 1.0
				Content-Type: text/html; charset="utf-8"
				Content-Transfer-Encoding: 8bit
				X-Mailer: Microsoft Outlook 16.0

				<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
				<style>p.MsoNormal {margin:0cm;}</style>
				<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
				<script>alert('x')</script></head>
				<body><div class=WordSection1>
				<p class=MsoNormal>Hej Nordhavn,<o:p></o:p></p>
				<p class=MsoNormal>Vores ordre 4711 er ikke kommet. Kan I se hvor den er?<o:p></o:p></p>
				<!--[if !mso]><p>Only for non-Outlook</p><![endif]-->
				<p><img src="https://tracker.example/pixel.gif?u=1" width=1 height=1>
				<a href="javascript:alert(1)">klik</a> <a href="https://kunde.dk/ordre/4711" onclick="x()">ordre</a></p>
				<p class=MsoNormal>Med venlig hilsen<br>Lars Hansen</p>
				</div></body></html>
				"""
			.formatted(messageId)
			.replace("\n", "\r\n");
	}

	public static String gmailAlternative(String messageId) {
		return """
				From: Anna Berg <anna.berg@gmail.com>
				To: support@nordhavn.test
				Subject: Palle til Aarhus
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: multipart/alternative; boundary="000000000000abc"

				--000000000000abc
				Content-Type: text/plain; charset="UTF-8"

				Hej, hvornår kommer pallen til Aarhus?

				--000000000000abc
				Content-Type: text/html; charset="UTF-8"

				<div dir="ltr">Hej, hvornår kommer <b>pallen</b> til Aarhus?</div>

				--000000000000abc--
				""".formatted(messageId).replace("\n", "\r\n");
	}

	/** Quoted-printable ISO-8859-1 Danish: æøå as =E6=F8=E5. */
	public static String danishLatin1(String messageId) {
		return """
				From: =?ISO-8859-1?Q?S=F8ren_=C6blegaard?= <soren@blaa-fragt.dk>
				To: support@nordhavn.test
				Subject: =?ISO-8859-1?Q?F=F8lgeseddel_mangler_p=E5_r=E5varer?=
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=ISO-8859-1
				Content-Transfer-Encoding: quoted-printable

				K=E6re kundeservice,
				f=F8lgesedlen mangler p=E5 r=E5varerne fra =C5rhus. Bl=E5b=E6rgr=F8d!
				""".formatted(messageId).replace("\n", "\r\n");
	}

	/** Base64 UTF-8 German. */
	public static String germanBase64(String messageId) {
		String body = Base64.getMimeEncoder()
			.encodeToString(
					"Sehr geehrte Damen und Herren,\r\ndie Lieferung für Größe XL ist beschädigt. Grüße, Jürgen Weiß\r\n"
						.getBytes(StandardCharsets.UTF_8));
		return """
				From: =?UTF-8?B?SsO8cmdlbiBXZWnDnw==?= <juergen@elbtal.de>
				To: support@nordhavn.test
				Subject: =?UTF-8?B?QmVzY2jDpGRpZ3RlIExpZWZlcnVuZw==?=
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=utf-8
				Content-Transfer-Encoding: base64

				%s
				""".formatted(messageId, body).replace("\n", "\r\n");
	}

	public static String withoutMessageId(String subject) {
		return """
				From: legacy@old-erp.example
				To: support@nordhavn.test
				Subject: %s
				Date: Tue, 3 Nov 2026 08:00:00 +0000

				Status report without a Message-ID.
				""".formatted(subject).replace("\n", "\r\n");
	}

	public static String inlineImageAndPdf(String messageId) {
		String png = Base64.getMimeEncoder().encodeToString(PNG);
		String pdf = Base64.getMimeEncoder().encodeToString(PDF.getBytes(StandardCharsets.US_ASCII));
		return """
				From: Ole <ole@kunde.dk>
				To: support@nordhavn.test
				Subject: Skade på gods, foto og rapport
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="mixed"

				--mixed
				Content-Type: multipart/related; boundary="related"

				--related
				Content-Type: text/html; charset=utf-8

				<p>Se foto: <img src="cid:foto1@kunde.dk"></p>
				--related
				Content-Type: image/png
				Content-Transfer-Encoding: base64
				Content-ID: <foto1@kunde.dk>
				Content-Disposition: inline

				%s
				--related--
				--mixed
				Content-Type: application/pdf; name="skaderapport.pdf"
				Content-Transfer-Encoding: base64
				Content-Disposition: attachment; filename="skaderapport.pdf"

				%s
				--mixed
				Content-Type: application/x-msdownload; name="faktura.exe"
				Content-Transfer-Encoding: base64
				Content-Disposition: attachment; filename="faktura.exe"

				TVqQAAMAAAAEAAAA
				--mixed--
				""".formatted(messageId, png, pdf).replace("\n", "\r\n");
	}

	public static String autoReply(String messageId, String inReplyTo) {
		return """
				From: lars.hansen@kunde.dk
				To: support@nordhavn.test
				Subject: Automatisk svar: Re: Forsinket levering
				Message-ID: %s
				In-Reply-To: %s
				Auto-Submitted: auto-replied
				X-Autoreply: yes

				Jeg er på ferie til mandag.
				""".formatted(messageId, inReplyTo).replace("\n", "\r\n");
	}

	public static String unknownCharset(String messageId) {
		return """
				From: someone@example.org
				To: support@nordhavn.test
				Subject: =?x-unknown-9?Q?Hall=F6?=
				Message-ID: %s
				Content-Type: text/plain; charset=x-klingon-8

				Gr=C3=BC=C3=9Fe
				""".formatted(messageId).replace("\n", "\r\n").replace("Gr=C3=BC=C3=9Fe", "Grüße");
	}

	public static String brokenMultipart(String messageId) {
		return """
				From: broken@example.org
				To: support@nordhavn.test
				Subject: Broken
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: multipart/mixed

				There is no boundary parameter, so this body is not a multipart at all.
				""".formatted(messageId).replace("\n", "\r\n");
	}

}
