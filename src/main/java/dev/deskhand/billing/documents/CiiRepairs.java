package dev.deskhand.billing.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Mends what Mustangproject 2.16.2 writes wrongly for VAT category O (outside the scope
 * of VAT): it states a rate (refused by BR-O-05) and leaves the exemption reason out of
 * the VAT breakdown (required by BR-O-10). Other categories pass through unchanged.
 */
final class CiiRepairs {

	private static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

	private CiiRepairs() {
	}

	static byte[] outsideScope(byte[] xml, String exemptionReason) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
			NodeList taxes = document.getElementsByTagNameNS(RAM, "ApplicableTradeTax");
			for (int i = 0; i < taxes.getLength(); i++) {
				Element tax = (Element) taxes.item(i);
				if ("O".equals(childText(tax, "CategoryCode"))) {
					mend(document, tax, exemptionReason);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (ParserConfigurationException | SAXException | IOException | TransformerException ex) {
			throw new IllegalStateException("Cannot mend the CII XML", ex);
		}
	}

	/**
	 * A line's tax (no basis amount) loses its rate; the breakdown (with a basis amount)
	 * keeps its 0 rate, which XRechnung requires (BR-DE-14), and gets the reason.
	 */
	private static void mend(Document document, Element tax, String exemptionReason) {
		List<Element> basis = children(tax, "BasisAmount");
		if (basis.isEmpty()) {
			children(tax, "RateApplicablePercent").forEach(tax::removeChild);
		}
		else if (children(tax, "ExemptionReason").isEmpty()) {
			Element reason = document.createElementNS(RAM, "ram:ExemptionReason");
			reason.setTextContent(exemptionReason);
			tax.insertBefore(reason, basis.getFirst());
		}
	}

	private static String childText(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? "" : found.getFirst().getTextContent().strip();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new java.util.ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && RAM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

}
