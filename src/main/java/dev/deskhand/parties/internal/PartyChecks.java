package dev.deskhand.parties.internal;

import dev.deskhand.parties.CarrierCodes;
import dev.deskhand.parties.ContactView;
import dev.deskhand.parties.NewContact;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for a party's and a contact's fields. Each refusal names its field and a key
 * of the message bundles, so pages can say it in the reader's language.
 */
public final class PartyChecks {

	public static final Set<String> LANGUAGES = Set.of("da", "de", "en");

	private static final Pattern DOMAIN = Pattern.compile(
			"^[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$");

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,50}$");

	private PartyChecks() {
	}

	/**
	 * A carrier's codes, upper-cased; null when all are empty.
	 * @throws InvalidInputException for {@code /carrierCodes/scac}, {@code /iataPrefix}
	 * or {@code /trackingUrlTemplate}
	 */
	public static @Nullable CarrierCodes carrierCodes(@Nullable CarrierCodes codes) {
		if (codes == null) {
			return null;
		}
		String scac = blankToNull(codes.scac());
		String iata = blankToNull(codes.iataPrefix());
		String template = blankToNull(codes.trackingUrlTemplate());
		if (scac != null) {
			scac = scac.toUpperCase(Locale.ROOT);
			if (!scac.matches("[A-Z]{2,4}")) {
				throw new InvalidInputException("/carrierCodes/scac", Text.of("shipments.core.party.scac", scac));
			}
		}
		if (iata != null && !iata.matches("[0-9]{3}")) {
			throw new InvalidInputException("/carrierCodes/iataPrefix", Text.of("shipments.core.party.iata", iata));
		}
		if (template != null && (template.length() > 500 || !template.matches("https?://\\S+"))) {
			throw new InvalidInputException("/carrierCodes/trackingUrlTemplate",
					Text.of("shipments.core.party.tracking-url"));
		}
		return scac == null && iata == null && template == null ? null : new CarrierCodes(scac, iata, template);
	}

	public static String name(@Nullable String name) {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 200) {
			throw new InvalidInputException("/name", "A name of 1 to 200 characters", "parties.error.name");
		}
		return n;
	}

	/** da, de or en; null or blank for {@code fallback}. */
	public static @Nullable String language(String pointer, @Nullable String language, @Nullable String fallback) {
		if (language == null || language.isBlank()) {
			return fallback;
		}
		String l = language.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(l)) {
			throw new InvalidInputException(pointer, "Language must be da, de or en", "parties.error.language");
		}
		return l;
	}

	public static List<String> accountRefs(@Nullable List<String> refs) {
		List<String> out = new ArrayList<>();
		for (String r : refs == null ? List.<String>of() : refs) {
			String s = r == null ? "" : r.strip();
			if (s.isEmpty()) {
				continue;
			}
			if (s.length() > 100 || out.size() >= 20) {
				throw new InvalidInputException("/accountRefs", "At most 20 references of up to 100 characters",
						"parties.error.accountRefs");
			}
			if (!out.contains(s)) {
				out.add(s);
			}
		}
		return out;
	}

	public static String notes(@Nullable String notes) {
		String n = notes == null ? "" : notes.strip();
		if (n.length() > 5000) {
			throw new InvalidInputException("/notes", "Notes have at most 5000 characters", "parties.error.notes");
		}
		return n;
	}

	/** Lower-cased, without a leading {@code @}, each once, at most 50. */
	public static List<String> domains(@Nullable List<String> domains) {
		Set<String> out = new LinkedHashSet<>();
		for (String d : domains == null ? List.<String>of() : domains) {
			String s = d == null ? "" : d.strip().toLowerCase(Locale.ROOT);
			if (s.startsWith("@")) {
				s = s.substring(1);
			}
			if (s.isEmpty()) {
				continue;
			}
			out.add(domain(s));
		}
		if (out.size() > 50) {
			throw new InvalidInputException("/domains", "At most 50 domains", "parties.error.domain");
		}
		return List.copyOf(out);
	}

	public static String domain(String domain) {
		String s = domain.strip().toLowerCase(Locale.ROOT);
		if (s.startsWith("@")) {
			s = s.substring(1);
		}
		if (s.length() > 253 || !DOMAIN.matcher(s).matches()) {
			throw new InvalidInputException("/domains", "Not an e-mail domain: " + domain, "parties.error.domain");
		}
		return s;
	}

	public static ContactView contact(UUID id, NewContact c) {
		String name = c.name() == null ? "" : c.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("/name", "A contact needs a name of 1 to 200 characters",
					"parties.error.contactName");
		}
		String email = blankToNull(c.email());
		if (email != null) {
			email = email.toLowerCase(Locale.ROOT);
			if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
				throw new InvalidInputException("/email", "Not an e-mail address: " + c.email(), "parties.error.email");
			}
		}
		String phone = blankToNull(c.phone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInputException("/phone", "A phone number has digits, spaces and + ( ) . / -",
					"parties.error.phone");
		}
		return new ContactView(id, name, email, phone, language("/language", c.language(), null));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
