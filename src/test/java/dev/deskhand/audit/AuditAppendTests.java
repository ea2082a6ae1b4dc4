package dev.deskhand.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditAppendTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AuditLog auditLog;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	SensitiveReadLog reads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void concurrentWritersToOneWorkspaceNeverForkTheChain() throws Exception {
		WorkspaceId ws = fixtures.workspace("audit-race").view().id();
		int threads = 8;
		int each = 10;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < each; i++) {
						if (i % 2 == 0) {
							workspaces.addAgent(ws, "Agent " + thread + "-" + i, "UTC");
						}
						else {
							reads.record(new SensitiveRead(ws, "member-list", "all", "race " + thread + "-" + i));
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : done) {
				f.get();
			}
		}

		long count = count(ws);
		assertThat(count).isEqualTo(3 + threads * each);
		assertThat(jdbc.sql("select max(seq) from audit.entry where workspace_id = ?")
			.param(ws.value())
			.query(Long.class)
			.single()).isEqualTo(count);
		assertThat(jdbc.sql("select count(distinct prev_mac) from audit.entry where workspace_id = ?")
			.param(ws.value())
			.query(Long.class)
			.single()).as("no two entries follow the same predecessor").isEqualTo(count);
		Verification v = auditLog.verify(ws);
		assertThat(v.ok()).as("%s", v.problem()).isTrue();
		assertThat(v.checked()).isEqualTo(count);
	}

	@Test
	void aReadIsRecordedEvenWhenTheReadersTransactionRollsBack() {
		WorkspaceId ws = fixtures.workspace("audit-read").view().id();
		long before = count(ws);
		tx.executeWithoutResult(status -> {
			reads.record(new SensitiveRead(ws, "invoice", "INV-1", "show invoice"));
			status.setRollbackOnly();
		});
		assertThat(count(ws)).isEqualTo(before + 1);
		assertThat(auditLog.verify(ws).ok()).isTrue();
	}

	@Test
	void aReadInsideAChangeToTheSameWorkspaceNeitherDeadlocksNorVanishesOnRollback() {
		WorkspaceId ws = fixtures.workspace("audit-nested").view().id();
		long before = count(ws);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> tx.executeWithoutResult(status -> {
			workspaces.addAgent(ws, "Rolled back", "UTC");
			reads.record(new SensitiveRead(ws, "member-list", "all", "read while changing"));
			status.setRollbackOnly();
		}));
		assertThat(jdbc.sql("select action from audit.entry where workspace_id = ? and seq > ?")
			.params(ws.value(), before)
			.query(String.class)
			.list()).containsExactly("READ");
		assertThat(auditLog.verify(ws).ok()).isTrue();
	}

	private long count(WorkspaceId ws) {
		return jdbc.sql("select count(*) from audit.entry where workspace_id = ?")
			.param(ws.value())
			.query(Long.class)
			.single();
	}

}
