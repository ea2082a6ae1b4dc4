package dev.deskhand.work.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * SOP text in Markdown (CommonMark) as safe HTML: commonmark-java renders it with raw
 * HTML escaped and unsafe link schemes dropped, and jsoup keeps only text formatting,
 * lists, tables, code and links (no images, scripts, styles or event handlers); links
 * open in a new tab without the opener or a referrer. Controllers hand the HTML to the
 * templates, which write it with {@code th:utext}.
 */
@Component
public class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final Safelist SAFE = Safelist.relaxed()
		.removeTags("img")
		.addAttributes("a", "rel", "target")
		.addProtocols("a", "href", "http", "https", "mailto", "tel");

	public String html(@Nullable String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = RENDERER.render(PARSER.parse(markdown));
		Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, SAFE));
		doc.select("a[href]").forEach(a -> a.attr("rel", "noopener noreferrer nofollow").attr("target", "_blank"));
		return doc.body().html();
	}

}
