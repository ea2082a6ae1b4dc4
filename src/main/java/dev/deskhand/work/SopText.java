package dev.deskhand.work;

import dev.deskhand.work.internal.Markdown;
import org.springframework.stereotype.Component;

/**
 * An SOP's Markdown as the safe HTML the playbook shows, for other modules' pages (the
 * hired assistant's onboarding shows the SOPs to read).
 */
@Component
public class SopText {

	private final Markdown markdown;

	SopText(Markdown markdown) {
		this.markdown = markdown;
	}

	/** Safe HTML, to be written with {@code th:utext}. */
	public String html(String sopMarkdown) {
		return markdown.html(sopMarkdown);
	}

}
