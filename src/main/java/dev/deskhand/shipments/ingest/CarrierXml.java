package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reading the carriers' XML responses safely: no DTD, no external entity, no XInclude (a
 * response that declares a DTD is refused), and the XPath-like positions and raw texts of
 * elements.
 */
final class CarrierXml {

	private CarrierXml() {
	}

	private static final DocumentBuilderFactory FACTORY = factory();

	private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

	private static DocumentBuilderFactory factory() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory;
		}
		catch (javax.xml.parsers.ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
		}
	}

	/** The document, or {@link UnreadableFile} at position 1. */
	static Document read(byte[] content, String carrier) {
		if (!startsWithTag(content)) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.not-xml", carrier, "no < at the start"));
		}
		try {
			DocumentBuilder builder;
			synchronized (FACTORY) {
				builder = FACTORY.newDocumentBuilder();
			}
			builder.setErrorHandler(new DefaultHandler());
			return builder.parse(new ByteArrayInputStream(content));
		}
		catch (Exception | StackOverflowError e) {
			String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.not-xml", carrier, why));
		}
	}

	/**
	 * Whether the first character after a byte order mark and white space is {@code <}.
	 */
	private static boolean startsWithTag(byte[] content) {
		int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		while (i < content.length
				&& (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
			i++;
		}
		return i < content.length && content[i] == '<';
	}

	/** The child elements of that local name, in order. */
	static List<Element> children(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && localName.equals(local(e))) {
				found.add(e);
			}
		}
		return found;
	}

	/** The first child element of that local name, or null. */
	static @Nullable Element child(Element parent, String localName) {
		List<Element> found = children(parent, localName);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * The trimmed text of the element at that path of local names, or null when absent or
	 * blank.
	 */
	static @Nullable String text(Element parent, String... path) {
		Element at = parent;
		for (String step : path) {
			at = child(at, step);
			if (at == null) {
				return null;
			}
		}
		String text = at.getTextContent().trim().replaceAll("\\s+", " ");
		return text.isEmpty() ? null : text;
	}

	/** The attribute's trimmed value, or null when absent or blank. */
	static @Nullable String attribute(Element element, String name) {
		String value = element.getAttribute(name).trim();
		return value.isEmpty() ? null : value;
	}

	static String local(Node node) {
		String name = node.getLocalName();
		return name != null ? name : node.getNodeName();
	}

	/**
	 * The element's place as an XPath-like pointer: local names, each below the root with
	 * its index among same-named siblings ({@code /TrackingResponse/AWBInfo[1]/…}).
	 */
	static String position(Element element) {
		StringBuilder path = new StringBuilder();
		Node at = element;
		while (at instanceof Element e) {
			Node parent = e.getParentNode();
			if (parent instanceof Element p) {
				path.insert(0, "/" + local(e) + "[" + (children(p, local(e)).indexOf(e) + 1) + "]");
			}
			else {
				path.insert(0, "/" + local(e));
			}
			at = parent;
		}
		return path.toString();
	}

	/** The element's own XML text, as kept with the stored event. */
	static String raw(Element element) {
		try {
			Transformer transformer;
			synchronized (TRANSFORMERS) {
				transformer = TRANSFORMERS.newTransformer();
			}
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(element), new StreamResult(out));
			return out.toString();
		}
		catch (Exception e) {
			return element.getTextContent();
		}
	}

	/** The first bytes as text, for the cheap look of {@code recognises}. */
	static String head(byte[] content) {
		return CarrierJson.head(content, 4096);
	}

}
