package dev.deskhand.hiring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a manager proposes: the interview's length, the video-call link and the starts
 * offered (each inside the interviewer's and the bidder's working hours).
 */
public record NewInterview(@Nullable Integer minutes, @Nullable String videoLink, @Nullable List<Instant> slots) {
}
