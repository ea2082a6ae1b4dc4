package dev.deskhand.references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.workspace.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Workspace patterns and the record of entered references, on the real database. */
@IntegrationTest
@RecordApplicationEvents
class ReferenceManagementTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ReferenceManagement references;

	@Autowired
	AccessPolicy policy;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	Membership as(TestFixtures.Member member, TestFixtures.Ws ws, Permission permission) {
		return fixtures.as(member, () -> policy.require(ws.slug(), permission));
	}

	@Test
	void aWorkspacePatternMakesItsOrderNumbersCandidatesAndChecksThem() {
		var ws = fixtures.workspace("refs");
		Membership owner = as(ws.owner(), ws, Permission.SHIPMENTS_MANAGE);
		references.savePattern(owner,
				new ReferencePattern("orders", ReferenceType.ORDER, "PO-[0-9]{6}", " PO-104233 "));

		assertThat(references.patterns(owner))
			.containsExactly(new ReferencePattern("orders", ReferenceType.ORDER, "PO-[0-9]{6}", "PO-104233"));
		List<ReferenceCandidate> candidates = references.candidates(ws.view().id(), "PO-204911");
		assertThat(candidates.getFirst())
			.isEqualTo(new ReferenceCandidate(ReferenceType.ORDER, "pattern:orders", true, null, "PO204911"));
		assertThat(references.validate(ws.view().id(), ReferenceType.ORDER, "PO-20491").valid()).isFalse();
		assertThat(references.validate(ws.view().id(), ReferenceType.ORDER, "PO-20491").reason().args())
			.containsExactly("PO-104233");
		// a value matches as written (trimmed) or in its normalised form
		references.savePattern(owner,
				new ReferencePattern("invoices", ReferenceType.INVOICE, "INV[0-9]{5}", "INV10233"));
		assertThat(references.validate(ws.view().id(), ReferenceType.INVOICE, "inv-10 244").valid()).isTrue();
		assertThat(references.validate(ws.view().id(), ReferenceType.INVOICE, "INV-1024").valid()).isFalse();
		references.deletePattern(owner, "invoices");
		// another workspace knows nothing of it
		var other = fixtures.workspace("refs");
		assertThat(references.candidates(other.view().id(), "PO-204911"))
			.noneMatch(c -> c.type() == ReferenceType.ORDER);
		assertThat(references.validate(other.view().id(), ReferenceType.ORDER, "PO-204911").format())
			.isEqualTo("unchecked");
		assertThat(events.stream(AuditableChange.class)
			.filter(e -> e.workspace().equals(ws.view().id()) && e.subjectType().equals("reference-pattern")))
			.extracting(AuditableChange::action)
			.containsExactly(AuditableChange.Action.CREATE, AuditableChange.Action.CREATE,
					AuditableChange.Action.DELETE);

		references.deletePattern(owner, "orders");
		assertThat(references.patterns(owner)).isEmpty();
		assertThat(references.candidates(ws.view().id(), "PO-204911")).noneMatch(c -> c.type() == ReferenceType.ORDER);
	}

	@Test
	void aPatternIsCheckedBeforeItIsSaved() {
		var ws = fixtures.workspace("refs");
		Membership owner = as(ws.owner(), ws, Permission.SHIPMENTS_MANAGE);
		assertRefused(owner, new ReferencePattern("Orders!", ReferenceType.ORDER, "PO-[0-9]+", "PO-1"), "name",
				"refs.pattern.name");
		assertRefused(owner, new ReferencePattern("boxes", ReferenceType.CONTAINER, "[A-Z]{4}[0-9]{7}", "MSCU1234565"),
				"type", "refs.pattern.type");
		assertRefused(owner, new ReferencePattern("orders", ReferenceType.ORDER, "PO-[0-9", "PO-1"), "regex",
				"refs.pattern.regex-syntax");
		assertRefused(owner, new ReferencePattern("orders", ReferenceType.ORDER, "x".repeat(201), "x"), "regex",
				"refs.pattern.regex-length");
		assertRefused(owner, new ReferencePattern("orders", ReferenceType.ORDER, "PO-[0-9]{6}", "PO-12"), "example",
				"refs.pattern.example-mismatch");
		// Java's engine remembers where a loop has been, so the classic (a+)+b stays
		// linear
		// and is fine; nested bounded repetitions still explode (on 64 a's and a "!"
		// there
		// are C(64,12) ways to fail): refused within the budget rather than hanging
		long started = System.nanoTime();
		assertThat(
				references.savePattern(owner, new ReferencePattern("classic", ReferenceType.INVOICE, "(a+)+b", "aab"))
					.name())
			.isEqualTo("classic");
		references.deletePattern(owner, "classic");
		assertRefused(owner, new ReferencePattern("evil", ReferenceType.INVOICE, "(.*a){12}", "a".repeat(12)), "regex",
				"refs.pattern.catastrophic");
		assertRefused(owner, new ReferencePattern("evil", ReferenceType.INVOICE, "(\\d*\\d){10}X", "1234567890X"),
				"regex", "refs.pattern.catastrophic");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(references.patterns(owner)).isEmpty();
	}

	private void assertRefused(Membership m, ReferencePattern p, String field, String key) {
		assertThatThrownBy(() -> references.savePattern(m, p)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> {
					assertThat(e.field()).isEqualTo(field);
					assertThat(e.messageKey()).isEqualTo(key);
				});
	}

	@Test
	void readingPatternsNeedsWorkViewAndChangingThemShipmentsManage() {
		var ws = fixtures.workspace("refs");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		Membership m = as(assistant, ws, Permission.WORK_VIEW);
		assertThat(references.patterns(m)).isEmpty();
		assertThatThrownBy(() -> references.savePattern(m,
				new ReferencePattern("orders", ReferenceType.ORDER, "PO-[0-9]{6}", "PO-123456")))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> references.deletePattern(m, "orders")).isInstanceOf(AccessDenied.class);
	}

	@Test
	void recordsEveryReferenceInBulkAndItsCorrection() {
		var ws = fixtures.workspace("refs");
		UUID shipment = UUID.randomUUID();
		List<ReferenceEntry> batch = new ArrayList<>();
		for (int i = 0; i < 12_000; i++) {
			batch.add(new ReferenceEntry(ReferenceType.TRACKING_NUMBER, "RB" + i, i % 4 == 0, "import:csv", "shipment",
					shipment));
		}
		batch.add(new ReferenceEntry(ReferenceType.CONTAINER, "  ", false, "import:csv", "shipment", shipment));
		Instant before = Instant.now().minusSeconds(1);
		long started = System.nanoTime();
		List<UUID> ids = references.recordAll(ws.view().id(), batch);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("one insert per 5,000, one event")
			.isLessThan(Duration.ofSeconds(10));
		assertThat(ids).hasSize(12_000).doesNotHaveDuplicates();
		assertThat(jdbc.sql("select count(*) from \"references\".entry where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Long.class)
			.single()).isEqualTo(12_000L);
		List<ReferenceRecorded> published = events.stream(ReferencesRecorded.class)
			.filter(e -> e.workspace().equals(ws.view().id()))
			.flatMap(e -> e.entries().stream())
			.toList();
		assertThat(published).hasSize(12_000);
		assertThat(published).extracting(ReferenceRecorded::entry).containsExactlyElementsOf(ids);
		assertThat(published.get(4).valid()).isTrue();
		assertThat(published.get(5).valid()).isFalse();

		UUID typed = references.record(ws.view().id(), ReferenceType.CONTAINER, "MSCU1234566", false,
				"member:" + ws.owner().member().id().value(), "shipment", shipment);
		UUID corrected = references.correct(ws.view().id(), ReferenceType.CONTAINER, "MSCU1234566", "MSCU1234565", true,
				"member:" + ws.owner().member().id().value(), "shipment", shipment);
		assertThat(events.stream(ReferenceRecorded.class).filter(e -> e.entry().equals(typed))).singleElement()
			.satisfies(e -> assertThat(e.value()).isEqualTo("MSCU1234566"));
		ReferenceCorrected event = events.stream(ReferenceCorrected.class)
			.filter(e -> e.entry().equals(corrected))
			.findFirst()
			.orElseThrow();
		assertThat(event.corrects()).isEqualTo(typed);
		assertThat(event.before()).isEqualTo("MSCU1234566");
		assertThat(event.beforeValid()).isFalse();
		assertThat(event.after()).isEqualTo("MSCU1234565");
		assertThat(event.valid()).isTrue();

		DocumentationQuality q = references.quality(ws.view().id(), before, Instant.now().plusSeconds(1));
		assertThat(q.recorded()).isEqualTo(12_001);
		assertThat(q.invalid()).isEqualTo(9_000 + 1);
		assertThat(q.corrected()).isEqualTo(1);
	}

}
