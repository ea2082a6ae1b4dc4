package dev.deskhand.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The one-line field other pages include, {@code references/check :: field(name, type,
 * value)}, rendered as a page would render it: an input that asks for the check as the
 * person types, under its own name, and the place the answer goes.
 */
class CheckFragmentTests {

	private static String render(String page, Map<String, Object> model) {
		var fragments = new ClassLoaderTemplateResolver();
		fragments.setPrefix("templates/");
		fragments.setSuffix(".html");
		fragments.setTemplateMode(TemplateMode.HTML);
		fragments.setCharacterEncoding("UTF-8");
		fragments.setResolvablePatterns(java.util.Set.of("references/*"));
		fragments.setOrder(1);
		var pages = new StringTemplateResolver();
		pages.setOrder(2);
		var engine = new SpringTemplateEngine();
		engine.addTemplateResolver(fragments);
		engine.addTemplateResolver(pages);
		var servlet = new MockServletContext();
		var exchange = JakartaServletWebApplication.buildApplication(servlet)
			.buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
		return engine.process(page, new WebContext(exchange, Locale.ENGLISH, model));
	}

	@Test
	void theFieldAsksForTheCheckUnderItsOwnName() {
		Document html = Jsoup.parse(render(
				"<form><label for=\"box\">Container</label><th:block th:replace=\"~{references/check :: field('box', 'container', ${box})}\"/></form>",
				Map.of("box", "CSQU3054383")));
		Element input = html.selectFirst("input[name=box]");
		assertThat(input).isNotNull();
		assertThat(input.id()).isEqualTo("box");
		assertThat(input.val()).isEqualTo("CSQU3054383");
		assertThat(input.attr("hx-get")).isEqualTo("/references/check?type=container&field=box&workspace=");
		assertThat(input.attr("hx-target")).isEqualTo("#box-check");
		assertThat(input.attr("hx-trigger")).contains("input changed delay:300ms");
		assertThat(html.selectFirst("#box-check")).isNotNull();
		assertThat(html.selectFirst("#box-check").attr("aria-live")).isEqualTo("polite");
	}

}
