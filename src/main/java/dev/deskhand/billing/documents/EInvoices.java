package dev.deskhand.billing.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mustangproject.Invoice;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.springframework.context.MessageSource;

/**
 * The e-invoices, with Mustangproject: ZUGFeRD 2 / Factur-X profile EN 16931 (the CII XML
 * embedded in the invoice PDF, which is PDF/A-3b already) and XRechnung (CII syntax).
 */
final class EInvoices {

	private final MessageSource messages;

	EInvoices(MessageSource messages) {
		this.messages = messages;
	}

	byte[] zugferd(byte[] pdfA3, InvoiceDocument document) {
		try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
			exporter.setProducer("Deskhand")
				.setCreator(document.issuer().name())
				.setZUGFeRDVersion(2)
				.setProfile(Profiles.getByName("EN16931"))
				.load(pdfA3);
			exporter.setXML(xml(document, "EN16931"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			exporter.export(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] xrechnung(InvoiceDocument document) {
		return xml(document, "XRechnung");
	}

	/** The CII XML of {@code profile}, category O mended (see {@link CiiRepairs}). */
	private byte[] xml(InvoiceDocument document, String profile) {
		InvoiceLabels labels = new InvoiceLabels(messages, document.language());
		Invoice invoice = EInvoiceMapping.of(document, labels.text("payment-terms", document.paymentDays()));
		ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
		provider.setProfile(Profiles.getByName(profile));
		provider.generateXML(invoice);
		byte[] xml = provider.getXML();
		return document.vat()
			.stream()
			.filter(vat -> "O".equals(vat.category()))
			.findFirst()
			.map(vat -> CiiRepairs.outsideScope(xml, EInvoiceMapping.exemptionReason(vat)))
			.orElse(xml);
	}

}
