package dev.deskhand.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.shared.AuditableChange.Action;
import dev.deskhand.shared.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditFilterTests {

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	@Test
	void readsDatesInTheWorkspacesZoneAndTakesADateInToAsItsEnd() {
		AuditFilter f = AuditFilter.parse(" member ", "read", null, "2025-03-01", "2025-03-01", COPENHAGEN);
		assertThat(f.subjectType()).isEqualTo("member");
		assertThat(f.action()).isEqualTo(Action.READ);
		assertThat(f.from()).isEqualTo(Instant.parse("2025-02-28T23:00:00Z"));
		assertThat(f.to()).isEqualTo(Instant.parse("2025-03-01T23:00:00Z"));
	}

	@Test
	void readsInstantsOffsetsAndLocalTimes() {
		assertThat(AuditFilter.parse(null, null, null, "2025-03-01T08:00:00Z", null, COPENHAGEN).from())
			.isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
		assertThat(AuditFilter.parse(null, null, null, "2025-03-01T08:00:00+02:00", null, COPENHAGEN).from())
			.isEqualTo(Instant.parse("2025-03-01T06:00:00Z"));
		assertThat(AuditFilter.parse(null, null, null, "2025-03-01T08:00", null, COPENHAGEN).from())
			.isEqualTo(Instant.parse("2025-03-01T07:00:00Z"));
	}

	@Test
	void rejectsBadValuesNamingTheParameter() {
		assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "notadate", null, COPENHAGEN))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/from");
		assertThatThrownBy(() -> AuditFilter.parse(null, "PEEK", null, null, null, COPENHAGEN))
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/action");
		assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "2025-03-02", "2025-03-01T00:00:00Z", COPENHAGEN))
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/to");
		assertThatThrownBy(() -> AuditLog.ExportFormat.parse("xml"))
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/format");
	}

}
