package dev.deskhand.hiring;

import dev.deskhand.documents.DocumentId;
import dev.deskhand.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bid as the post's managers see it (reading one is audited).
 *
 * @param aboveMax the rate was above the post's maximum when the bid came in (flagged,
 * not refused)
 * @param availability the bidder's working week in their zone, as
 * {@code workspace.WorkingPeriod} writes it ({@code mon-fri 08:00-16:00})
 * @param language the language the bidder used: their e-mails are written in it
 * @param samples samples of work stored through {@code documents}
 */
public record BidView(BidId id, JobPostId post, WorkspaceId workspace, String email, String name, BigDecimal rate,
		String currency, boolean aboveMax, ZoneId timeZone, String availability, @Nullable Integer hoursPerWeek,
		List<String> languages, String language, String coverNote, String sampleAnswer, List<DocumentId> samples,
		BidStage stage, @Nullable String declineReason, Instant submittedAt, Instant stageChangedAt) {

	public BidView {
		languages = List.copyOf(languages);
		samples = List.copyOf(samples);
	}

}
