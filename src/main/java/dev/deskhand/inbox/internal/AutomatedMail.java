package dev.deskhand.inbox.internal;

import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Recognises mail that no one should answer automatically: auto-replies, bounces, bulk
 * and list mail (RFC 3834 Auto-Submitted, Precedence, the X-Autoreply family, List-*, an
 * empty Return-Path, MAILER-DAEMON and postmaster senders).
 */
final class AutomatedMail {

	private AutomatedMail() {
	}

	static @Nullable String reason(MimeMessage message, String fromAddress) {
		String autoSubmitted = header(message, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
			return "Auto-Submitted: " + autoSubmitted.strip();
		}
		String precedence = header(message, "Precedence");
		if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|list|junk|auto_reply")) {
			return "Precedence: " + precedence.strip();
		}
		for (String name : new String[] { "X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "List-Id",
				"List-Unsubscribe" }) {
			String value = header(message, name);
			if (value != null && !(name.equals("X-Auto-Response-Suppress") && !value.contains("All"))) {
				return name + " present";
			}
		}
		String returnPath = header(message, "Return-Path");
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return "empty Return-Path (a bounce)";
		}
		String local = fromAddress.contains("@") ? fromAddress.substring(0, fromAddress.indexOf('@')) : fromAddress;
		if (local.equalsIgnoreCase("mailer-daemon") || local.equalsIgnoreCase("postmaster")) {
			return "sent by " + local.toUpperCase(Locale.ROOT);
		}
		return null;
	}

	/** A bounce by its sender: MAILER-DAEMON, postmaster, or an empty Return-Path. */
	static boolean bounceSender(MimeMessage message, String fromAddress) {
		String returnPath = header(message, "Return-Path");
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return true;
		}
		String local = fromAddress.contains("@") ? fromAddress.substring(0, fromAddress.indexOf('@')) : fromAddress;
		return local.equalsIgnoreCase("mailer-daemon") || local.equalsIgnoreCase("postmaster");
	}

	static @Nullable String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name, ",");
		}
		catch (jakarta.mail.MessagingException e) {
			return null;
		}
	}

}
