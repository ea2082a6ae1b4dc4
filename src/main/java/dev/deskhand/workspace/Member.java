package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "workspace", name = "member")
class Member {

	@Id
	UUID id;

	UUID workspaceId;

	@Nullable UUID personId;

	MemberKind kind;

	String displayName;

	String timeZone;

	@Nullable LocalTime overlapStart;

	@Nullable LocalTime overlapEnd;

	String status;

	Instant joinedAt;

	@MappedCollection(idColumn = "member_id")
	Set<Period> workingPeriods = new HashSet<>();

	@Version
	@Nullable Long version;

	Member(UUID id, UUID workspaceId, @Nullable UUID personId, MemberKind kind, String displayName, String timeZone,
			String status, Instant joinedAt) {
		this.id = id;
		this.workspaceId = workspaceId;
		this.personId = personId;
		this.kind = kind;
		this.displayName = displayName;
		this.timeZone = timeZone;
		this.status = status;
		this.joinedAt = joinedAt;
	}

	boolean active() {
		return "ACTIVE".equals(status);
	}

	void remove() {
		status = "REMOVED";
	}

	void schedule(ZoneId zone, List<WorkingPeriod> periods, @Nullable LocalTime overlapStart,
			@Nullable LocalTime overlapEnd) {
		if ((overlapStart == null) != (overlapEnd == null)
				|| (overlapStart != null && !overlapEnd.isAfter(overlapStart))) {
			throw new IllegalArgumentException("Overlap hours need a start before their end");
		}
		this.timeZone = zone.getId();
		this.overlapStart = overlapStart;
		this.overlapEnd = overlapEnd;
		this.workingPeriods = new HashSet<>();
		periods.forEach(p -> workingPeriods.add(new Period(p.day().getValue(), p.starts(), p.ends())));
	}

	MemberView view(@Nullable String email) {
		List<WorkingPeriod> hours = workingPeriods.stream()
			.map(p -> new WorkingPeriod(DayOfWeek.of(p.dayOfWeek()), p.starts(), p.ends()))
			.sorted(WorkingPeriod.WEEK_ORDER)
			.toList();
		return new MemberView(new MemberId(id), new WorkspaceId(workspaceId),
				personId == null ? null : new PersonId(personId), kind, displayName, email, ZoneId.of(timeZone), hours,
				overlapStart, overlapEnd, active(), joinedAt);
	}

	@Table(schema = "workspace", name = "working_period")
	record Period(int dayOfWeek, LocalTime starts, LocalTime ends) {
	}

}
