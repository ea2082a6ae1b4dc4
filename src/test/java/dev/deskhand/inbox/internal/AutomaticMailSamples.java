package dev.deskhand.inbox.internal;

/**
 * Automatic mail as real servers and clients send it: a Postfix DSN, an Exchange Online
 * NDR, a Gmail vacation reply, an Outlook "Automatisk svar" and a German
 * "Abwesenheitsnotiz" (headers trimmed to what matters, structure kept).
 */
public final class AutomaticMailSamples {

	private AutomaticMailSamples() {
	}

	/** Postfix: MAILER-DAEMON, multipart/report with the returned message in full. */
	public static String postfixDsn(String messageId, String returnedId, String to, String support) {
		return """
				Return-Path: <>
				From: MAILER-DAEMON@mail.nordhavn.test (Mail Delivery System)
				Subject: Undelivered Mail Returned to Sender
				To: %4$s
				Auto-Submitted: auto-replied
				Message-ID: %1$s
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status;
				\tboundary="4B1D6C2A1F.1733221200/mail.nordhavn.test"

				This is a MIME-encapsulated message.

				--4B1D6C2A1F.1733221200/mail.nordhavn.test
				Content-Description: Notification
				Content-Type: text/plain; charset=us-ascii

				This is the mail system at host mail.nordhavn.test.

				I'm sorry to have to inform you that your message could not
				be delivered to one or more recipients.

				<%3$s>: host mx.dsv.example[192.0.2.10] said: 550 5.1.1 <%3$s>:
				    Recipient address rejected: User unknown in virtual mailbox table

				--4B1D6C2A1F.1733221200/mail.nordhavn.test
				Content-Description: Delivery report
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mail.nordhavn.test
				X-Postfix-Queue-ID: 4B1D6C2A1F
				Arrival-Date: Thu,  3 Dec 2026 10:00:00 +0100 (CET)

				Final-Recipient: rfc822; %3$s
				Original-Recipient: rfc822;%3$s
				Action: failed
				Status: 5.1.1
				Remote-MTA: dns; mx.dsv.example
				Diagnostic-Code: smtp; 550 5.1.1 <%3$s>: Recipient address rejected:
				    User unknown in virtual mailbox table

				--4B1D6C2A1F.1733221200/mail.nordhavn.test
				Content-Description: Undelivered Message
				Content-Type: message/rfc822

				From: Nordhavn Kundeservice <%4$s>
				To: %3$s
				Subject: Re: Afhentning i morgen
				Message-ID: %2$s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8

				Hej Kim, vi afhenter kl. 10.

				--4B1D6C2A1F.1733221200/mail.nordhavn.test--
				""".formatted(messageId, returnedId, to, support).replace("\n", "\r\n");
	}

	/**
	 * Exchange Online: from "Microsoft Outlook" at a system address (not MAILER-DAEMON),
	 * HTML notice, the returned headers only.
	 */
	public static String exchangeNdr(String messageId, String returnedId, String to, String support) {
		return """
				From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@elbtal.example>
				To: %4$s
				Subject: Unzustellbar: Lieferschein 4711
				Message-ID: %1$s
				Content-Language: de-DE
				X-MS-Exchange-Message-Is-Ndr:
				Auto-Submitted: auto-replied
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type="delivery-status";
				\tboundary="_000_ndr_"

				--_000_ndr_
				Content-Type: multipart/alternative; boundary="_001_ndr_"

				--_001_ndr_
				Content-Type: text/plain; charset="utf-8"
				Content-Transfer-Encoding: quoted-printable

				Ihre Nachricht hat %3$s nicht erreicht.

				--_001_ndr_
				Content-Type: text/html; charset="utf-8"

				<html><body><p>Ihre Nachricht hat <b>%3$s</b> nicht erreicht.</p></body></html>
				--_001_ndr_--

				--_000_ndr_
				Content-Type: message/delivery-status

				Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.exchangelabs.com
				Received-From-MTA: dns;AM0PR01MB5678.eurprd01.prod.exchangelabs.com
				Arrival-Date: Thu, 3 Dec 2026 09:00:00 +0000

				Final-Recipient: rfc822;%3$s
				Action: failed
				Status: 5.4.1
				Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied.
				 AS(201806281) [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]

				--_000_ndr_
				Content-Type: text/rfc822-headers

				From: <%4$s>
				To: <%3$s>
				Subject: Lieferschein 4711
				Message-ID: %2$s
				Date: Thu, 3 Dec 2026 09:00:00 +0000

				--_000_ndr_--
				""".formatted(messageId, returnedId, to, support).replace("\n", "\r\n");
	}

	/** Gmail's vacation responder: RFC 3834 header and threading headers. */
	public static String gmailVacation(String messageId, String inReplyTo, String from, String support) {
		return """
				From: Kim Dahl <%3$s>
				To: %4$s
				Subject: Re: Afhentning i morgen
				Message-ID: %1$s
				In-Reply-To: %2$s
				References: %2$s
				Auto-Submitted: auto-replied
				Precedence: bulk
				X-Autoreply: yes
				MIME-Version: 1.0
				Content-Type: text/plain; charset="UTF-8"

				I am away until Monday with limited access to e-mail.
				""".formatted(messageId, inReplyTo, from, support).replace("\n", "\r\n");
	}

	/**
	 * Outlook/Exchange "Automatisk svar" in Danish: no Auto-Submitted, only the
	 * suppression header and the subject label; threaded by In-Reply-To.
	 */
	public static String danishAutosvar(String messageId, String inReplyTo, String from, String support) {
		return """
				From: Kim Dahl <%3$s>
				To: %4$s
				Subject: =?iso-8859-1?Q?Automatisk_svar:_Afhentning_i_morgen?=
				Message-ID: %1$s
				In-Reply-To: %2$s
				Thread-Topic: Afhentning i morgen
				X-MS-Exchange-Inbox-Rules-Loop: %3$s
				X-Auto-Response-Suppress: All
				MIME-Version: 1.0
				Content-Type: text/plain; charset="iso-8859-1"
				Content-Transfer-Encoding: quoted-printable

				Tak for din mail. Jeg er p=E5 ferie til og med 7. december og l=E6ser ikke m=
				ails.
				""".formatted(messageId, inReplyTo, from, support).replace("\n", "\r\n");
	}

	/**
	 * A German "Abwesenheitsnotiz" from an older server: plain headers only, no
	 * In-Reply-To, recognised by its subject and threaded by the subject.
	 */
	public static String germanAbwesenheitsnotiz(String messageId, String subject, String from, String support) {
		return """
				From: Jürgen Größe <%3$s>
				To: %4$s
				Subject: Abwesenheitsnotiz: %2$s
				Message-ID: %1$s
				MIME-Version: 1.0
				Content-Type: text/plain; charset="UTF-8"

				Ich bin bis 10.12. nicht im Büro. In dringenden Fällen wenden Sie sich an dispo@elbtal.example.
				""".formatted(messageId, subject, from, support).replace("\n", "\r\n");
	}

}
