package dev.deskhand.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.Caller;
import dev.deskhand.audit.Verification.Kind;
import dev.deskhand.audit.internal.ChainEntry;
import dev.deskhand.audit.internal.ChainMac;
import dev.deskhand.audit.internal.EntryQueries;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditChainTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AuditLog auditLog;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	EntryQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void changesThroughTheFacadesAppendEntriesNamingTheirActor() {
		var ws = fixtures.workspace("audit-actor");
		fixtures.as(ws.owner(), () -> workspaces.changeNda(ws.view().id(), "Keep it all secret, v2."));
		var agent = fixtures.agent(ws, "Bot");
		asToken(Caller.token(agent.id(), ws.view().id(), null, "Bot"),
				() -> workspaces.addAgent(ws.view().id(), "Bot helper", "UTC"));

		List<AuditEntryView> log = chain(ws.view().id());
		assertThat(log.getFirst()).satisfies(e -> {
			assertThat(e.seq()).isEqualTo(1);
			assertThat(e.subjectType()).isEqualTo("workspace");
			assertThat(e.actorKind()).isEqualTo(AuditEntryView.ActorKind.SYSTEM);
			assertThat(e.beforeDigest()).isNull();
			assertThat(e.afterDigest()).matches("[0-9a-f]{64}");
			assertThat(e.prevMac()).isEqualTo(ChainMac.GENESIS);
		});
		AuditEntryView nda = log.stream().filter(e -> e.summary().startsWith("NDA")).findFirst().orElseThrow();
		assertThat(nda.actorKind()).isEqualTo(AuditEntryView.ActorKind.PERSON);
		assertThat(nda.actorId()).isEqualTo(ws.owner().person().id().value());
		assertThat(nda.beforeDigest()).isNotNull().isNotEqualTo(nda.afterDigest());
		AuditEntryView byToken = log.getLast();
		assertThat(byToken.actorKind()).isEqualTo(AuditEntryView.ActorKind.TOKEN);
		assertThat(byToken.actorId()).isEqualTo(agent.id().value());
		assertThat(byToken.actorName()).isEqualTo("Bot");

		Verification v = auditLog.verify(ws.view().id());
		assertThat(v.ok()).as("%s", v.problem()).isTrue();
		assertThat(v.checked()).isEqualTo(log.size());
	}

	@Test
	void detectsAnAlteredMiddleEntryAtThatEntry() {
		var ws = workspaceWithEntries("audit-alter");
		AuditEntryView middle = chain(ws).get(3);
		jdbc.sql("update audit.entry set summary = 'nothing to see' where workspace_id = ? and seq = ?")
			.params(ws.value(), middle.seq())
			.update();

		Verification v = auditLog.verify(ws);
		assertProblem(v, Kind.ALTERED, middle.seq(), middle.id());
		assertThat(v.checked()).isEqualTo(middle.seq() - 1);
	}

	@Test
	void detectsADeletedMiddleEntryAsMissing() {
		var ws = workspaceWithEntries("audit-gap");
		jdbc.sql("delete from audit.entry where workspace_id = ? and seq = 4").param(ws.value()).update();

		assertProblem(auditLog.verify(ws), Kind.MISSING, 4, null);
	}

	@Test
	void detectsDeletedNewestEntriesEvenWhenTheHeadIsMovedBackToMatch() {
		var ws = workspaceWithEntries("audit-cut");
		auditLog.checkpoint();
		List<AuditEntryView> log = chain(ws);
		long newest = log.getLast().seq();
		AuditEntryView keptLast = log.get(log.size() - 3);
		jdbc.sql("delete from audit.entry where workspace_id = ? and seq > ?")
			.params(ws.value(), keptLast.seq())
			.update();
		jdbc.sql("update audit.chain_head set seq = ?, mac = ? where workspace_id = ?")
			.params(keptLast.seq(), keptLast.mac(), ws.value())
			.update();

		Verification v = auditLog.verify(ws);
		assertProblem(v, Kind.TRUNCATED, newest - 1, null);
		assertThat(v.problem().message()).contains("checkpoint").contains("reach " + newest);
		assertThat(v.checked()).isEqualTo(newest - 2);
	}

	@Test
	void detectsACutWithinSecondsOfTheAppendsAndAfterTheChainWasContinued() {
		// no explicit checkpoint: each commit wrote its head before the change returned
		var ws = workspaceWithEntries("audit-cut-now");
		List<AuditEntryView> log = chain(ws);
		long newest = log.getLast().seq();
		AuditEntryView keptLast = log.get(log.size() - 3);
		jdbc.sql("delete from audit.entry where workspace_id = ? and seq > ?")
			.params(ws.value(), keptLast.seq())
			.update();
		jdbc.sql("update audit.chain_head set seq = ?, mac = ? where workspace_id = ?")
			.params(keptLast.seq(), keptLast.mac(), ws.value())
			.update();

		Verification cut = auditLog.verify(ws);
		assertProblem(cut, Kind.TRUNCATED, newest - 1, null);
		assertThat(cut.problem().message()).contains("reach " + newest);

		// the next change links a new entry to the rewound head: the chain looks whole,
		// but its entry at that position is not the one the checkpoint saw
		workspaces.addAgent(ws, "Agent after the cut", "UTC");
		AuditEntryView relinked = chain(ws).get((int) keptLast.seq());
		assertThat(relinked.seq()).isEqualTo(newest - 1);
		assertProblem(auditLog.verify(ws), Kind.TRUNCATED, newest - 1, relinked.id());
	}

	@Test
	void manyChangesInOneTransactionLinkOneAfterTheOtherAndTheNextTransactionContinuesTheChain() {
		var ws = workspaceWithEntries("audit-one-tx");
		// the transaction reads the head once and links each later entry to its last one
		tx.executeWithoutResult(status -> {
			for (int i = 5; i <= 7; i++) {
				workspaces.addAgent(ws, "Agent " + i, "UTC");
			}
		});
		workspaces.addAgent(ws, "Agent 8", "UTC");

		List<ChainEntry> stored = storedChain(ws);
		assertThat(stored).extracting(ChainEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
		for (int i = 1; i < stored.size(); i++) {
			assertThat(stored.get(i).prevMac()).as("entry %d links to %d", i + 1, i).isEqualTo(stored.get(i - 1).mac());
		}
		assertThat(jdbc.sql("select seq from audit.chain_head where workspace_id = ?")
			.param(ws.value())
			.query(Long.class)
			.single()).isEqualTo(11L);
		Verification v = auditLog.verify(ws);
		assertThat(v.ok()).as("%s", v.problem()).isTrue();
		assertThat(v.checked()).isEqualTo(11);
	}

	@Test
	void aRolledBackAppendLeavesNoCheckpoint() {
		var ws = workspaceWithEntries("audit-rollback");
		tx.executeWithoutResult(status -> {
			workspaces.addAgent(ws, "Never there", "UTC");
			status.setRollbackOnly();
		});
		workspaces.addAgent(ws, "Agent 5", "UTC");

		Verification v = auditLog.verify(ws);
		assertThat(v.ok()).as("%s", v.problem()).isTrue();
		assertThat(v.checked()).isEqualTo(8);
	}

	@Test
	void detectsDeletedNewestEntriesByTheHeadBeforeAnyCheckpoint() {
		var ws = workspaceWithEntries("audit-cut-head");
		long newest = chain(ws).getLast().seq();
		jdbc.sql("delete from audit.entry where workspace_id = ? and seq > ?").params(ws.value(), newest - 2).update();

		assertProblem(auditLog.verify(ws), Kind.TRUNCATED, newest - 1, null);
	}

	@Test
	void detectsAChainRecomputedWithoutTheKeyAtTheFirstForgedEntry() {
		var ws = workspaceWithEntries("audit-forge");
		List<ChainEntry> stored = storedChain(ws);
		ChainEntry first = stored.get(2);
		ChainMac attackersKey = ChainMac.withKey("not-the-audit-key-but-32-bytes!!".getBytes(StandardCharsets.UTF_8));
		String prev = first.prevMac();
		for (ChainEntry e : stored.subList(2, stored.size())) {
			String summary = e == first ? "a different story" : e.summary();
			ChainEntry forged = new ChainEntry(e.workspaceId(), e.seq(), e.id(), e.occurredAt(), e.actorKind(),
					e.actorId(), e.actorName(), e.subjectType(), e.subjectId(), e.action(), e.beforeDigest(),
					e.afterDigest(), summary, prev, "");
			prev = attackersKey.of(forged);
			jdbc.sql("update audit.entry set summary = ?, prev_mac = ?, mac = ? where workspace_id = ? and seq = ?")
				.params(summary, forged.prevMac(), prev, ws.value(), e.seq())
				.update();
		}
		jdbc.sql("update audit.chain_head set mac = ? where workspace_id = ?").params(prev, ws.value()).update();

		Verification v = auditLog.verify(ws);
		assertProblem(v, Kind.FORGED, first.seq(), first.id());
		assertThat(v.checked()).isEqualTo(first.seq() - 1);
	}

	/** A workspace with its owner and four agents: seven entries. */
	private WorkspaceId workspaceWithEntries(String prefix) {
		var ws = fixtures.workspace(prefix);
		for (int i = 1; i <= 4; i++) {
			workspaces.addAgent(ws.view().id(), "Agent " + i, "UTC");
		}
		assertThat(chain(ws.view().id())).hasSize(7);
		return ws.view().id();
	}

	private List<AuditEntryView> chain(WorkspaceId ws) {
		return storedChain(ws).stream().map(ChainEntry::view).toList();
	}

	private List<ChainEntry> storedChain(WorkspaceId ws) {
		return tx.execute(s -> {
			try (var entries = queries.stream(ws, AuditFilter.all())) {
				return entries.toList();
			}
		});
	}

	private static void assertProblem(Verification v, Kind kind, long seq, UUID entry) {
		assertThat(v.ok()).isFalse();
		assertThat(v.problem()).isNotNull();
		assertThat(v.problem().kind()).as(v.problem().message()).isEqualTo(kind);
		assertThat(v.problem().seq()).as(v.problem().message()).isEqualTo(seq);
		assertThat(v.problem().entryId()).isEqualTo(entry);
	}

	static void asToken(Caller caller, Runnable work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(caller, null, "TOKEN"));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
