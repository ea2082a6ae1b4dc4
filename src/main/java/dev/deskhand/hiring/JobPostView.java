package dev.deskhand.hiring;

import dev.deskhand.billing.ContractKind;
import dev.deskhand.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job post as managers see it.
 *
 * @param publicKey the public page's key: {@code /jobs/{publicKey}}
 * @param language the language the post is written in (da, de, en)
 * @param workTypes the work types the job is about (their SOPs say what the work is)
 * @param languages the languages the assistant must write (ISO 639-1)
 * @param overlapStart with {@code overlapEnd}: the hours wanted in the workspace's zone
 * @param trialDays the trial's length in days from the hire (0: none)
 * @param scopes the hired assistant's grant's scopes ({@code kind:key}); none: all
 * @param sampleTask the work-sample task bidders answer (empty: none)
 * @param criteria what reviewers score 1 to 5
 */
public record JobPostView(JobPostId id, WorkspaceId workspace, String publicKey, String language, String title,
		String description, List<String> workTypes, List<String> languages, @Nullable LocalTime overlapStart,
		@Nullable LocalTime overlapEnd, @Nullable Integer hoursPerWeek, BigDecimal maxRate, String currency,
		ContractKind contractKind, int trialDays, @Nullable Integer targetFirstResponseMinutes,
		@Nullable Integer targetItemsPerWeek, String trialTargets, List<String> scopes, String sampleTask,
		List<String> criteria, @Nullable LocalDate closesOn, PostStatus status, @Nullable Instant openedAt,
		@Nullable Instant closedAt, Instant createdAt) {

	public JobPostView {
		workTypes = List.copyOf(workTypes);
		languages = List.copyOf(languages);
		scopes = List.copyOf(scopes);
		criteria = List.copyOf(criteria);
	}

}
