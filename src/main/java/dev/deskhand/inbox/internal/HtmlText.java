package dev.deskhand.inbox.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * HTML from e-mail made harmless: {@link #sanitise} keeps basic formatting and links
 * (never scripts, styles, images, forms or remote content; links get
 * {@code rel="noopener noreferrer nofollow"}), {@link #toText} gives the readable text
 * for display and for the assistant. Comments — Outlook's {@code <!--[if mso]>} blocks
 * included — are dropped.
 */
public final class HtmlText {

	private static final Safelist SAFE = Safelist.basic()
		.removeProtocols("a", "href", "ftp")
		.addTags("h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "td", "th", "div", "hr");

	private HtmlText() {
	}

	public static String sanitise(String html) {
		Document clean = new Cleaner(SAFE).clean(Jsoup.parse(html));
		for (Element a : clean.select("a")) {
			a.attr("rel", "noopener noreferrer nofollow");
			a.attr("target", "_blank");
		}
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	public static String toText(String html) {
		Document doc = Jsoup.parse(html);
		doc.select("script, style, head, title, noscript, template, object, iframe").remove();
		StringBuilder out = new StringBuilder();
		doc.body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode t) {
					out.append(t.text());
				}
				else if (node instanceof Element e && (e.nameIs("br"))) {
					out.append('\n');
				}
				else if (node instanceof Element e && e.isBlock() && !out.isEmpty()) {
					newline(out);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element e && e.isBlock()) {
					newline(out);
				}
			}
		});
		return tidy(out.toString());
	}

	private static void newline(StringBuilder out) {
		if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
			out.append('\n');
		}
	}

	static String tidy(String text) {
		return text.replace('\u00a0', ' ')
			.replaceAll("[ \\t]+\\n", "\n")
			.replaceAll("\\n[ \\t]+", "\n")
			.replaceAll("\\n{3,}", "\n\n")
			.strip();
	}

}
