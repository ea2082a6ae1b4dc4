package dev.deskhand.billing.documents;

import dev.deskhand.billing.documents.InvoiceDocument.Party;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.TradeParty;

/**
 * Seller and buyer of an e-invoice: name, address, VAT number (BT-31/BT-48) or
 * Steuernummer (BT-32), the seller's contact, electronic address and bank. Addresses are
 * free text in the profiles: the first lines are the street, the last line postcode and
 * town ({@link #postcodeAndTown}).
 */
final class EInvoiceParties {

	private EInvoiceParties() {
	}

	static TradeParty seller(InvoiceDocument document, boolean notSubject) {
		Party issuer = document.issuer();
		TradeParty seller = party(issuer, notSubject);
		// null, not "": an empty element is an error of its own (PEPPOL-EN16931-R008)
		seller.setContact(new Contact(issuer.name(), issuer.phone(), issuer.email()));
		if (!EInvoiceMapping.blank(issuer.taxNumber())) {
			seller.addTaxID(issuer.taxNumber());
		}
		if (notSubject || EInvoiceMapping.blank(issuer.vatNumber())) {
			seller.setID(firstOf(issuer.taxNumber(), issuer.vatNumber(), issuer.email(), issuer.name()));
		}
		if (document.bank() != null) {
			BankDetails bank = new BankDetails(document.bank().iban().replace(" ", ""));
			if (!EInvoiceMapping.blank(document.bank().bic())) {
				bank.setBIC(document.bank().bic());
			}
			seller.addBankDetails(bank);
		}
		return seller;
	}

	/** A party; outside the scope of VAT (O) no VAT number may be stated (BR-O-2). */
	static TradeParty party(Party party, boolean notSubject) {
		List<String> address = party.address();
		String[] postcodeTown = postcodeAndTown(address.isEmpty() ? "" : address.getLast());
		List<String> streetLines = address.size() > 1 ? address.subList(0, address.size() - 1) : List.of();
		TradeParty trade = new TradeParty(party.name(), String.join(", ", streetLines), postcodeTown[0],
				postcodeTown[1], party.country());
		if (!notSubject && !EInvoiceMapping.blank(party.vatNumber())) {
			trade.addVATID(party.vatNumber());
		}
		if (!EInvoiceMapping.blank(party.email())) {
			trade.setEmail(party.email());
		}
		return trade;
	}

	/**
	 * The last address line as postcode and town: "2100 København Ø" and "01099 Dresden"
	 * (postcode first), "London NW1 6XE" (postcode last: the trailing words holding
	 * digits); no digits: all town, no postcode.
	 */
	static String[] postcodeAndTown(String line) {
		String[] words = line.strip().split("\\s+");
		if (words.length > 1 && hasDigit(words[0])) {
			return new String[] { words[0], String.join(" ", List.of(words).subList(1, words.length)) };
		}
		int first = words.length;
		while (first > 1 && hasDigit(words[first - 1])) {
			first--;
		}
		if (first < words.length) {
			return new String[] { String.join(" ", List.of(words).subList(first, words.length)),
					String.join(" ", List.of(words).subList(0, first)) };
		}
		return new String[] { "", line.strip() };
	}

	private static boolean hasDigit(String word) {
		return word.chars().anyMatch(Character::isDigit);
	}

	/**
	 * The seller identifier (BT-29) where no VAT number identifies the seller (BR-CO-26):
	 * a § 19 business's Steuernummer, else what identifies it best.
	 */
	private static String firstOf(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (!EInvoiceMapping.blank(candidate)) {
				return candidate;
			}
		}
		return "";
	}

}
