package dev.deskhand.assistant.triage;

import dev.deskhand.assistant.FoundReference;
import dev.deskhand.assistant.MailText;
import dev.deskhand.assistant.Triage;
import java.util.List;

/**
 * Triage of one e-mail without any data: splits the body into new text, signature and
 * quoted history, then tells the language, intent (by the model given), references (by
 * the finder given) and urgency. Pure and thread-safe.
 */
public final class Triager {

	/** The default confidence below which a person classifies. */
	public static final double DEFAULT_THRESHOLD = 0.5;

	private final double threshold;

	public Triager(double threshold) {
		this.threshold = threshold;
	}

	public Triage triage(MailText mail, IntentModel model, ReferenceFinder finder) {
		MailParts parts = MailParts.of(mail.body());
		String language = Languages.of(parts, mail.subject());
		IntentModel.Guess guess = model.predict(features(mail.subject(), parts));
		List<FoundReference> references = finder.find(mail.subject(), parts);
		boolean urgent = Urgency.of(mail.subject(), parts);
		return new Triage(language, guess.intent(), round(guess.confidence()), guess.confidence() < threshold, urgent,
				references);
	}

	/** The intent features of a mail: subject, new text, quoted history. */
	public static Features.Vector features(String subject, MailParts parts) {
		String fresh = parts.fresh().isBlank() ? parts.signature() : parts.fresh();
		return Features.of(subject, fresh, parts.quoted());
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
