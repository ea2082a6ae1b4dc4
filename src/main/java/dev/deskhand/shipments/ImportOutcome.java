package dev.deskhand.shipments;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What became of one file of tracking events, as the API and {@code import-events} answer
 * it; in JSON with snake_case keys ({@code import_id}).
 *
 * @param file the file's name
 * @param format the format read (given or guessed)
 * @param importId the stored file, or null for a dry run
 * @param accepted events stored for the first time
 * @param duplicates events already stored (same source and id, or same content)
 * @param updated events resent with the same id and new content, stored as an update
 * @param rejected records that could not be read, with their position and reason
 * @param flagged events stored but marked (an invalid reference, an unknown carrier …)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ImportOutcome(String file, String format, @Nullable UUID importId, int accepted, int duplicates,
		int updated, List<Problem> rejected, List<Flag> flagged) {

	public ImportOutcome {
		rejected = List.copyOf(rejected);
		flagged = List.copyOf(flagged);
	}

	/** A refused record: its position (line, segment number, JSON pointer) and why. */
	public record Problem(String position, String reason) {
	}

	/**
	 * A stored event that needs a look: its position, the reference concerned and why.
	 */
	public record Flag(String position, @Nullable String reference, String reason) {
	}

}
