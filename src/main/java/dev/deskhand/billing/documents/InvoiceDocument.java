package dev.deskhand.billing.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an invoice or credit note shows, computed and rounded already (amounts with
 * two decimals): the one input of the PDF, the time report CSV and the e-invoices, so the
 * files never compute anything of their own.
 *
 * @param language da, de or en: the recipient's language, for every label
 * @param creditNote true for a credit note (amounts as they reduce the credited invoice,
 * positive)
 * @param number the invoice number (issued invoices only have one)
 * @param credits the number of the invoice a credit note corrects, else null
 * @param periodFrom first day of the service period
 * @param periodTo last day of the service period (inclusive)
 * @param currency ISO 4217 code
 * @param treatment how VAT is applied, which decides the VAT note and e-invoice category
 * @param vatNote the legally required note in {@code language} (§ 19 UStG, reverse
 * charge, outside the EU), or empty
 * @param buyerReference the client's reference (Leitweg-ID), or null
 * @param logo the issuer's logo (PNG or JPEG), or null
 * @param timeZone the zone the time report's days and times are shown in
 */
public record InvoiceDocument(String language, boolean creditNote, String number, @Nullable String credits,
		LocalDate issueDate, LocalDate dueDate, LocalDate periodFrom, LocalDate periodTo, Party issuer, Party recipient,
		String currency, List<Line> lines, List<VatLine> vat, BigDecimal net, BigDecimal vatTotal, BigDecimal gross,
		VatTreatment treatment, String vatNote, @Nullable String buyerReference, @Nullable Bank bank, int paymentDays,
		byte @Nullable [] logo, String timeZone, List<TimeRow> timeReport) {

	public InvoiceDocument {
		lines = List.copyOf(lines);
		vat = List.copyOf(vat);
		timeReport = List.copyOf(timeReport);
	}

	/** How VAT applies between this issuer and recipient. */
	public enum VatTreatment {

		/** Danish issuer, Danish client: 25 %. */
		DOMESTIC_DK,
		/** German issuer, German client: 19 %. */
		DOMESTIC_DE,
		/** German small business (§ 19 UStG): no VAT, with the note. */
		SMALL_BUSINESS_DE,
		/**
		 * EU issuer, business client in another EU country: reverse charge, with the
		 * note.
		 */
		REVERSE_CHARGE_EU,
		/** Client outside the EU (or issuer not registered): no VAT, with the note. */
		OUTSIDE_EU

	}

	/**
	 * A party of the invoice.
	 *
	 * @param address street, postcode and town, one per line
	 * @param country ISO 3166 alpha-2
	 * @param vatNumber VAT number (CVR-/SE-nr. in Denmark, USt-IdNr. in Germany), or null
	 * @param taxNumber German Steuernummer, or null
	 */
	public record Party(String name, List<String> address, String country, @Nullable String vatNumber,
			@Nullable String taxNumber, @Nullable String email, @Nullable String phone) {

		public Party {
			address = List.copyOf(address);
		}

	}

	/** Where to pay. */
	public record Bank(@Nullable String bankName, String iban, @Nullable String bic) {
	}

	/**
	 * One line.
	 *
	 * @param unit UN/ECE rec. 20 code: {@code HUR} (hours), {@code C62} (pieces, e.g.
	 * tasks or a retainer fee)
	 * @param vatCategory UNCL 5305: {@code S} standard, {@code E} exempt (§ 19),
	 * {@code AE} reverse charge, {@code O} outside the scope of VAT
	 * @param vatRate percent, e.g. 25.00; 0 where no VAT is charged
	 */
	public record Line(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal net,
			String vatCategory, BigDecimal vatRate) {
	}

	/**
	 * The VAT of one category and rate.
	 *
	 * @param exemptionReason why no VAT is charged (required for E, AE, O), else null
	 */
	public record VatLine(String category, BigDecimal rate, BigDecimal base, BigDecimal amount,
			@Nullable String exemptionReason) {
	}

	/** One time entry of the attached report, in {@code timeZone}. */
	public record TimeRow(LocalDate date, LocalTime start, LocalTime end, BigDecimal hours,
			@Nullable String itemReference, @Nullable String itemTitle, @Nullable String workType, String note) {
	}

}
