package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.FoundReference;
import dev.deskhand.assistant.Intent;
import dev.deskhand.assistant.MailText;
import dev.deskhand.assistant.Triage;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.references.ReferenceCandidate;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The conservative triage drafts use until the triage lane's classifier is wired into
 * {@link TriageSeam}: it classifies nothing (intent {@code other}, language unknown, a
 * person must decide), and finds only the references whose form is unmistakable
 * (container, air waybill, UPS 1Z, UPU S10, each with its check) and order numbers named
 * as such, so a draft can still ask about an unknown or mistyped number.
 */
@Component
public class ProvisionalTriage implements TriageSeam {

	private static final Pattern DISTINCTIVE = Pattern.compile(
			"\\b([A-Z]{4}\\s?\\d{6}\\s?-?\\d|\\d{3}[- ]?\\d{4}\\s?\\d{4}|1Z[0-9A-Z]{16}|[A-Z]{2}\\d{9}[A-Z]{2})\\b");

	private static final Pattern ORDER = Pattern.compile(
			"\\b(?:ordre|order|bestellung|bestellnummer|auftrag|po)\\s*(?:nr\\.?|no\\.?|nummer|number|#)?\\s*[:#]?\\s*([A-Z0-9][A-Z0-9-]{2,19})\\b",
			Pattern.CASE_INSENSITIVE);

	@Override
	public Triage triage(WorkspaceId workspace, @Nullable MessageId message, MailText mail) {
		return new Triage("other", Intent.OTHER, 0, true, false, references(mail.subject() + "\n" + mail.body()));
	}

	/** The unmistakable references in {@code text}, each once. */
	static List<FoundReference> references(String text) {
		Map<String, FoundReference> found = new LinkedHashMap<>();
		Matcher m = DISTINCTIVE.matcher(text);
		while (m.find()) {
			List<ReferenceCandidate> candidates = ReferenceChecks.candidates(m.group(1));
			// a container's shape is unmistakable: its check decides, not a courier's
			// looser format the same characters also fit
			candidates.stream()
				.filter(c -> c.type() == ReferenceType.CONTAINER)
				.findFirst()
				.or(() -> candidates.stream().filter(ReferenceCandidate::valid).findFirst())
				.or(() -> candidates.stream().findFirst())
				.ifPresent(c -> found.putIfAbsent(c.normalised(),
						new FoundReference(type(c), c.normalised(), c.valid(), false)));
		}
		Matcher o = ORDER.matcher(text);
		while (o.find()) {
			String v = ReferenceChecks.normalise(o.group(1));
			if (v.chars().anyMatch(Character::isDigit)) {
				found.putIfAbsent(v, new FoundReference("order", v, true, false));
			}
		}
		return new ArrayList<>(found.values());
	}

	private static String type(ReferenceCandidate c) {
		return switch (c.type()) {
			case CONTAINER -> "container";
			case AIR_WAYBILL -> "awb";
			case TRACKING_NUMBER -> c.format().equals("ups-1z") ? "ups"
					: c.format().equals("upu-s10") ? "s10" : c.format().split("-")[0].toLowerCase(Locale.ROOT);
			case BILL_OF_LADING -> "bol";
			case ReferenceType t -> t.code();
		};
	}

}
