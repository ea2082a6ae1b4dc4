package dev.deskhand.hiring;

import dev.deskhand.billing.ContractKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a manager writes in a job post (a new one, or all of an existing one's terms).
 *
 * @param language the post's language (da, de, en); null: the workspace's
 * @param workTypes work types (SOP types, or {@code email})
 * @param languages languages the assistant must write (ISO 639-1)
 * @param overlapStart with {@code overlapEnd}: the hours wanted in the workspace's zone
 * @param scopes the hired assistant's grant's scopes ({@code kind:key}); none: all
 * @param criteria what reviewers score; none: a default set in the post's language
 */
public record NewJobPost(@Nullable String language, @Nullable String title, @Nullable String description,
		@Nullable List<String> workTypes, @Nullable List<String> languages, @Nullable LocalTime overlapStart,
		@Nullable LocalTime overlapEnd, @Nullable Integer hoursPerWeek, @Nullable BigDecimal maxRate,
		@Nullable String currency, @Nullable ContractKind contractKind, @Nullable Integer trialDays,
		@Nullable Integer targetFirstResponseMinutes, @Nullable Integer targetItemsPerWeek,
		@Nullable String trialTargets, @Nullable List<String> scopes, @Nullable String sampleTask,
		@Nullable List<String> criteria, @Nullable LocalDate closesOn) {
}
