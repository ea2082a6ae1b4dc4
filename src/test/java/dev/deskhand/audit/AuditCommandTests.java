package dev.deskhand.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.workspace.WorkspaceManagement;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit commands as the launcher runs them, but inside the test's context: the
 * launcher would start a Spring context of its own, so the test fills the commands'
 * {@code @Autowired} fields itself.
 */
@IntegrationTest
class AuditCommandTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AuditLog auditLog;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void verifyPrintsOneJsonLineAndExitsZeroForAnIntactChain() {
		var ws = fixtures.workspace("cli-ok");
		long entries = count(ws.view().id().value());

		assertThat(run("verify", "--workspace", ws.slug())).isZero();
		assertThat(out.toString()).isEqualTo("{\"workspace\":\"" + ws.slug() + "\",\"ok\":true,\"checked\":" + entries
				+ "}" + System.lineSeparator());
		assertThat(err.toString()).contains("1 chain verified, 0 with a problem");
	}

	@Test
	void verifyReportsTheProblemAndExitsOne() {
		var ws = fixtures.workspace("cli-bad");
		jdbc.sql("update audit.entry set actor_name = 'someone else' where workspace_id = ? and seq = 2")
			.param(ws.view().id().value())
			.update();

		assertThat(run("verify", "--workspace", ws.slug())).isEqualTo(1);
		var line = json.readTree(out.toString());
		assertThat(line.get("ok").asBoolean()).isFalse();
		assertThat(line.get("checked").asLong()).isEqualTo(1);
		assertThat(line.get("problem").get("kind").asString()).isEqualTo("ALTERED");
		assertThat(line.get("problem").get("seq").asLong()).isEqualTo(2);
	}

	@Test
	void verifyWithoutWorkspaceChecksEveryChain() {
		var a = fixtures.workspace("cli-all-a");
		var b = fixtures.workspace("cli-all-b");

		run("verify");
		assertThat(out.toString().lines().map(json::readTree).map(l -> l.get("workspace").asString()))
			.contains(a.slug(), b.slug());
	}

	@Test
	void anUnknownWorkspaceIsAUsageError() {
		assertThat(run("verify", "--workspace", "no-such-workspace")).isEqualTo(2);
		assertThat(err.toString()).contains("No workspace 'no-such-workspace'");
		assertThat(run("export", "--workspace", "no-such-workspace")).isEqualTo(2);
	}

	@Test
	void exportWritesTheLogAsJsonLinesOrCsv() {
		var ws = fixtures.workspace("cli-export");
		long entries = count(ws.view().id().value());

		assertThat(run("export", "--workspace", ws.slug())).isZero();
		assertThat(out.toString().lines()).hasSize((int) entries + 1)
			.allSatisfy(l -> assertThat(json.readTree(l).get("mac").asString()).hasSize(64));
		out.getBuffer().setLength(0);

		assertThat(run("export", "--workspace", ws.slug(), "--format", "csv", "--from", "2000-01-01")).isZero();
		assertThat(out.toString().lines().findFirst()).hasValue("id,seq,occurred_at,actor_kind,actor_id,actor_name,"
				+ "subject_type,subject_id,action,before_digest,after_digest,summary,prev_mac,mac");
		assertThat(run("export", "--workspace", ws.slug(), "--from", "yesterday")).isEqualTo(2);
		assertThat(err.toString()).contains("--from");
	}

	private int run(String... args) {
		var verify = new AuditVerifySubcommand();
		verify.auditLog = auditLog;
		verify.workspaces = new CommandWorkspaces(workspaces);
		verify.json = json;
		var export = new AuditExportSubcommand();
		export.auditLog = auditLog;
		export.workspaces = new CommandWorkspaces(workspaces);
		CommandLine.IFactory beans = new CommandLine.IFactory() {
			@Override
			@SuppressWarnings("unchecked")
			public <K> K create(Class<K> type) throws Exception {
				if (type == AuditVerifySubcommand.class) {
					return (K) verify;
				}
				return type == AuditExportSubcommand.class ? (K) export : CommandLine.defaultFactory().create(type);
			}
		};
		CommandLine cli = new CommandLine(new AuditCommand(), beans);
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		return cli.execute(args);
	}

	private long count(java.util.UUID ws) {
		return jdbc.sql("select count(*) from audit.entry where workspace_id = ?").param(ws).query(Long.class).single();
	}

}
