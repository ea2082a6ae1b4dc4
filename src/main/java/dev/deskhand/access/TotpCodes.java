package dev.deskhand.access;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes through {@code dev.samstevens.totp}: SHA-1, 6 digits, 30-second steps
 * (what every authenticator app reads from a QR code). The library computes each step's
 * code; which step matched is decided here, so a code can be refused when its step (or a
 * later one) was already used.
 */
final class TotpCodes {

	static final int PERIOD_SECONDS = 30;

	/** One step before and after the current one: a phone's clock may be off a little. */
	static final int WINDOW = 1;

	private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator();

	private TotpCodes() {
	}

	/** A new random secret: 32 base32 characters (160 bits). */
	static String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
	}

	/** The code an authenticator shows for this step. */
	static String code(String secret, long step) {
		try {
			return CODES.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException("The two-factor code could not be computed", e);
		}
	}

	/** The time step whose code this is, within the window around now. */
	static OptionalLong matchingStep(String secret, String code, Instant now) {
		String typed = code.replaceAll("\\s", "");
		if (!typed.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * The {@code otpauth://} address as a PNG data URI, for the page's {@code img} (the
	 * policy allows {@code img-src data:}).
	 */
	static String qrDataUri(String secret, String account) {
		QrData data = new QrData.Builder().label(account)
			.secret(secret)
			.issuer("Deskhand")
			.algorithm(dev.samstevens.totp.code.HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		var png = new ZxingPngQrGenerator();
		try {
			return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("The QR code could not be drawn", e);
		}
	}

	/** The secret in groups of four, for typing it into an app by hand. */
	static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
