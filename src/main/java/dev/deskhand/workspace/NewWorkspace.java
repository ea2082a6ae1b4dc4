package dev.deskhand.workspace;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to open a workspace; {@code subdivision} is an ISO 3166-2 code such as
 * {@code DE-SN}.
 */
public record NewWorkspace(String slug, String name, String timeZone, String country, @Nullable String subdivision,
		String defaultLanguage, String ndaText) {
}
