package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A workspace as other modules see it. */
public record WorkspaceView(WorkspaceId id, String slug, String name, ZoneId timeZone, String country,
		@Nullable String subdivision, String defaultLanguage, String ndaText, int ndaVersion) {
}
