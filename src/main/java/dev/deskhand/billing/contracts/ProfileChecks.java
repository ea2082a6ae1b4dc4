package dev.deskhand.billing.contracts;

import dev.deskhand.billing.NewClientProfile;
import dev.deskhand.billing.NewIssuerProfile;
import dev.deskhand.billing.ClientProfileView;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.billing.IssuerProfileView.VatScheme;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.PersonId;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks of issuer and client profiles; each failure names its field and says why in the
 * reader's language.
 */
final class ProfileChecks {

	/** The most a logo may weigh (the column's limit). */
	static final int MAX_LOGO = 256 * 1024;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern VAT = Pattern.compile("^([A-Z]{2})?[A-Z0-9]{2,14}$");

	private static final Pattern TAX = Pattern.compile("^[0-9][0-9/ ]{6,19}$");

	private static final Pattern BIC = Pattern.compile("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{4,40}$");

	private ProfileChecks() {
	}

	static IssuerProfileView issuer(UUID id, PersonId person, NewIssuerProfile n, Instant now) {
		if (n.kind() == null) {
			throw invalid("/kind", "kind");
		}
		if (n.vatScheme() == null) {
			throw invalid("/vatScheme", "vatScheme");
		}
		String country = country(n.country());
		String vat = vat(n.vatNumber());
		String tax = optional("/taxNumber", n.taxNumber(), 40);
		if (tax != null && !TAX.matcher(tax).matches()) {
			throw invalid("/taxNumber", "taxNumber");
		}
		if (n.vatScheme() == VatScheme.SMALL_BUSINESS && !country.equals("DE")) {
			throw invalid("/vatScheme", "smallBusiness");
		}
		if (n.vatScheme() != VatScheme.NONE && vat == null && tax == null) {
			throw invalid("/vatNumber", "taxId");
		}
		String iban = optional("/iban", n.iban(), 50);
		if (iban != null) {
			iban = Iban.normalised(iban);
			if (iban == null) {
				throw invalid("/iban", "iban");
			}
		}
		String bic = optional("/bic", n.bic(), 20);
		if (bic != null) {
			bic = bic.replace(" ", "").toUpperCase(Locale.ROOT);
			if (!BIC.matcher(bic).matches()) {
				throw invalid("/bic", "bic");
			}
		}
		String phone = optional("/phone", n.phone(), 40);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw invalid("/phone", "phone");
		}
		int days = n.paymentDays() == null ? 14 : n.paymentDays();
		if (days < 0 || days > 120) {
			throw invalid("/paymentDays", "paymentDays");
		}
		return new IssuerProfileView(id, person, n.kind(), required("/name", n.name(), 200),
				required("/address", n.address(), 500), country, vat, tax, n.vatScheme(), email("/email", n.email()),
				phone, optional("/bankName", n.bankName(), 120), iban, bic, null, days, now);
	}

	static ClientProfileView client(WorkspaceId ws, NewClientProfile n, Instant now) {
		return new ClientProfileView(ws, required("/legalName", n.legalName(), 200),
				required("/address", n.address(), 500), country(n.country()), vat(n.vatNumber()),
				email("/billingEmail", n.billingEmail()), optional("/buyerReference", n.buyerReference(), 100), now);
	}

	/**
	 * {@code image/png} or {@code image/jpeg} by the bytes themselves, whatever the name
	 * says.
	 */
	static String logoType(byte[] logo) {
		if (logo.length == 0 || logo.length > MAX_LOGO) {
			throw invalid("/logo", "logoSize");
		}
		if (logo.length > 8 && (logo[0] & 0xff) == 0x89 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G'
				&& logo[4] == 0x0d && logo[5] == 0x0a && logo[6] == 0x1a && logo[7] == 0x0a) {
			return "image/png";
		}
		if (logo.length > 3 && (logo[0] & 0xff) == 0xff && (logo[1] & 0xff) == 0xd8 && (logo[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		throw invalid("/logo", "logoType");
	}

	private static String country(@Nullable String typed) {
		String c = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(c)) {
			throw invalid("/country", "country");
		}
		return c;
	}

	private static @Nullable String vat(@Nullable String typed) {
		String v = optional("/vatNumber", typed, 40);
		if (v == null) {
			return null;
		}
		String compact = v.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
		if (!VAT.matcher(compact).matches()) {
			throw invalid("/vatNumber", "vatNumber");
		}
		return compact;
	}

	private static String email(String pointer, @Nullable String typed) {
		String e = typed == null ? "" : typed.strip();
		if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
			throw invalid(pointer, "email");
		}
		return e;
	}

	private static String required(String pointer, @Nullable String typed, int max) {
		String t = typed == null ? "" : typed.strip();
		if (t.isEmpty() || t.length() > max) {
			throw new InvalidInputException(pointer, Text.of("billing.profile.error.length", max));
		}
		return t;
	}

	private static @Nullable String optional(String pointer, @Nullable String typed, int max) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String t = typed.strip();
		if (t.length() > max) {
			throw new InvalidInputException(pointer, Text.of("billing.profile.error.length", max));
		}
		return t;
	}

	private static InvalidInputException invalid(String pointer, String reason) {
		return new InvalidInputException(pointer, Text.of("billing.profile.error." + reason));
	}

}
