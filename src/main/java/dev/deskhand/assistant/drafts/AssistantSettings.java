package dev.deskhand.assistant.drafts;

import org.jspecify.annotations.Nullable;

/**
 * A workspace's assistant settings.
 *
 * @param formalDanish write Danish with De (else du)
 * @param formalGerman write German with Sie (else du)
 * @param signOff the lines that close every draft and notice; null for the language's
 * greeting and the workspace's name
 * @param automaticNotices send delay notices without waiting for approval
 */
public record AssistantSettings(boolean formalDanish, boolean formalGerman, @Nullable String signOff,
		boolean automaticNotices) {

	/** Danish du, German Sie, the default sign-off, notices on approval. */
	public static final AssistantSettings DEFAULT = new AssistantSettings(false, true, null, false);

	/** Whether texts in {@code language} are formal. */
	public boolean formal(String language) {
		return switch (language) {
			case "da" -> formalDanish;
			case "de" -> formalGerman;
			default -> false;
		};
	}

}
