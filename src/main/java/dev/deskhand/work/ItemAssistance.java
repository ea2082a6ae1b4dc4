package dev.deskhand.work;

import dev.deskhand.assistant.DelayNoticeView;
import dev.deskhand.assistant.Draft;
import org.jspecify.annotations.Nullable;

/**
 * What the assistant has for one work item.
 *
 * @param intent the intent code of its e-mail (a person's correction wins), or null
 * @param language the e-mail's language code, or null
 * @param needsPerson the assistant was unsure: a person should classify it
 * @param draft the reply draft for its latest read e-mail, or null
 * @param decision what was done with that draft ({@code approved}, {@code edited},
 * {@code rejected}), or null while open
 * @param notice the delay notice of the tracking exception that opened it, or null
 */
public record ItemAssistance(@Nullable String intent, @Nullable String language, boolean needsPerson,
		@Nullable Draft draft, @Nullable String decision, @Nullable DelayNoticeView notice) {
}
