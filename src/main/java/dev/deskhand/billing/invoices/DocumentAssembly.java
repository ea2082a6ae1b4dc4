package dev.deskhand.billing.invoices;

import dev.deskhand.billing.documents.InvoiceDocument;
import dev.deskhand.billing.documents.InvoiceDocument.Line;
import dev.deskhand.billing.documents.InvoiceDocument.Party;
import dev.deskhand.billing.documents.InvoiceDocument.TimeRow;
import dev.deskhand.billing.documents.InvoiceDocument.VatLine;
import dev.deskhand.timesheets.ApprovedTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link InvoiceDocument} of a draft from a calculation, and the one of an
 * issued invoice from its draft: parties and VAT read afresh from the profiles at issue,
 * lines kept, totals summed from the rounded lines again.
 */
@Component
class DocumentAssembly {

	private final MessageSource messages;

	DocumentAssembly(MessageSource messages) {
		this.messages = messages;
	}

	InvoiceDocument draft(String language, LocalDate today, LocalDate from, LocalDate to, String currency,
			BillingRecords.Issuer issuer, BillingRecords.Client client, Calculation calc, List<ApprovedTime> time,
			ZoneId zone) {
		List<Line> lines = calc.lines().stream().map(l -> line(l, language)).toList();
		List<TimeRow> rows = time.stream().filter(ApprovedTime::billable).map(t -> row(t, zone)).toList();
		InvoiceDocument bare = new InvoiceDocument(language, false, "", null, today, today, from, to, party(issuer),
				party(client), currency, lines, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				InvoiceDocument.VatTreatment.OUTSIDE_EU, "", null, null, issuer.paymentDays(), null, zone.getId(),
				rows);
		return refreshed(bare, issuer, client, "", today);
	}

	/**
	 * The document with the issuer's and client's current profiles, VAT decided again,
	 * totals summed again, and the number and dates given.
	 */
	InvoiceDocument refreshed(InvoiceDocument d, BillingRecords.Issuer issuer, BillingRecords.Client client,
			String number, LocalDate issueDate) {
		VatRules.Decision vat = VatRules.decide(issuer.country(), issuer.vatScheme(), client.country(),
				client.vatNumber());
		List<Line> lines = d.lines()
			.stream()
			.map(l -> new Line(l.description(), l.quantity(), l.unit(), l.unitPrice(), l.net(), vat.category(),
					vat.rate()))
			.toList();
		BigDecimal net = lines.stream().map(Line::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		BigDecimal vatAmount = net.multiply(vat.rate()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
		List<VatLine> vatLines = List
			.of(new VatLine(vat.category(), vat.rate(), net, vatAmount, vat.exemptionReason()));
		String note = vat.noteKey() == null ? "" : messages.getMessage(vat.noteKey(), null, locale(d.language()));
		InvoiceDocument.Bank bank = issuer.iban() == null ? null
				: new InvoiceDocument.Bank(issuer.bankName(), issuer.iban(), issuer.bic());
		return new InvoiceDocument(d.language(), d.creditNote(), number, d.credits(), issueDate,
				issueDate.plusDays(d.creditNote() ? 0 : issuer.paymentDays()), d.periodFrom(), d.periodTo(),
				party(issuer), party(client), d.currency(), lines, vatLines, net, vatAmount, net.add(vatAmount),
				vat.treatment(), note, client.buyerReference(), bank, issuer.paymentDays(), issuer.logo(), d.timeZone(),
				d.timeReport());
	}

	/** The credit note cancelling an issued invoice: its lines and amounts, positive. */
	InvoiceDocument creditNote(InvoiceDocument invoice, String number, LocalDate issueDate) {
		return new InvoiceDocument(invoice.language(), true, number, invoice.number(), issueDate, issueDate,
				invoice.periodFrom(), invoice.periodTo(), invoice.issuer(), invoice.recipient(), invoice.currency(),
				invoice.lines(), invoice.vat(), invoice.net(), invoice.vatTotal(), invoice.gross(), invoice.treatment(),
				invoice.vatNote(), invoice.buyerReference(), invoice.bank(), 0, invoice.logo(), invoice.timeZone(),
				List.of());
	}

	String text(String language, String key, Object... args) {
		return messages.getMessage(key, args, locale(language));
	}

	static Locale locale(String language) {
		return Locale.forLanguageTag(language);
	}

	private Line line(Calculation.Line l, String language) {
		DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(language));
		String key = "billing.invoice.line." + l.kind().name().toLowerCase(Locale.ROOT);
		String description = text(language, key, f.format(l.from()), f.format(l.to()),
				l.workType() == null ? "" : l.workType());
		return new Line(description, l.quantity(), l.unit(), l.unitPrice(), l.net(), "S", BigDecimal.ZERO);
	}

	private static TimeRow row(ApprovedTime t, ZoneId zone) {
		LocalDateTime start = LocalDateTime.ofInstant(t.startedAt(), zone);
		LocalDateTime end = LocalDateTime.ofInstant(t.endedAt(), zone);
		BigDecimal hours = InvoiceCalculator.hours(BigDecimal.valueOf(InvoiceCalculator.minutes(t)));
		return new TimeRow(start.toLocalDate(), start.toLocalTime().withNano(0), end.toLocalTime().withNano(0), hours,
				t.itemReference(), t.itemTitle(), t.workType(), t.note());
	}

	private static Party party(BillingRecords.Issuer i) {
		return new Party(i.name(), lines(i.address()), i.country(), i.vatNumber(), i.taxNumber(), i.email(), i.phone());
	}

	private static Party party(BillingRecords.Client c) {
		return new Party(c.legalName(), lines(c.address()), c.country(), c.vatNumber(), null, c.billingEmail(), null);
	}

	private static List<String> lines(String address) {
		return Arrays.stream(address.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
