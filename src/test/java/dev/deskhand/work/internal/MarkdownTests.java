package dev.deskhand.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

	final Markdown markdown = new Markdown();

	@Test
	void rendersHeadingsEmphasisListsAndLinks() {
		String html = markdown.html("# Answer within a day\n\n**Always** check:\n\n- the AWB\n- the POD\n\n"
				+ "[Tariff](https://nordhavn.example/tariff)");
		assertThat(html).contains("<h1>Answer within a day</h1>", "<strong>Always</strong>", "<li>the AWB</li>")
			.contains("href=\"https://nordhavn.example/tariff\"", "rel=\"noopener noreferrer nofollow\"")
			.doesNotContain("# Answer", "**");
	}

	@Test
	void dropsScriptsHandlersImagesAndJavascriptLinks() {
		String html = markdown.html("<script>alert(1)</script>\n\n<b onclick=\"x()\">b</b> "
				+ "[x](javascript:alert(1)) ![i](https://evil.example/t.png)");
		// raw HTML comes out as text, never as elements or attributes
		assertThat(html).doesNotContain("<script", "<b ", "javascript:", "<img")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

}
