package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.work.internal.SlaWatch;
import dev.deskhand.workspace.Role;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class WorkSlaEscalationTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	AccessPolicy policy;

	@Autowired
	SlaWatch watch;

	@Test
	void warnsThenBreachesOnceAndEscalatesOncePerItemAndTarget() throws IOException {
		List<String> posted = new CopyOnWriteArrayList<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		try {
			var ws = fixtures.workspace("sla");
			var manager = fixtures.member(ws, Role.MANAGER, null);
			Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
			setup.setCalendar(owner, new CalendarView("UTC", "mon-sun 00:00-24:00", null, null, List.of()));
			setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Phone", null, null, 60, null, 600, 0.5));
			setup.addEscalationRule(owner,
					new NewEscalationRule(EscalationTrigger.BREACH, Role.MANAGER, null,
							Set.of(EscalationChannel.IN_APP, EscalationChannel.WEBHOOK),
							"http://127.0.0.1:" + server.getAddress().getPort() + "/hook", true));
			// only for urgent items: never fires for this normal one
			setup.addEscalationRule(owner, new NewEscalationRule(EscalationTrigger.BREACH, Role.OWNER, null,
					Set.of(EscalationChannel.IN_APP), null, false, null, Priority.URGENT, null));
			WorkItemView item = work.create(owner, NewWorkItem.of("phone", "Call the carrier"));
			Instant created = item.createdAt();

			assertThat(watch.check(created.plus(Duration.ofMinutes(40)), ws.view().id())).isEqualTo(1);
			assertThat(work.item(owner, item.id()).sla().warned()).isTrue();
			assertThat(watch.check(created.plus(Duration.ofMinutes(45)), ws.view().id())).isZero();

			Instant late = created.plus(Duration.ofMinutes(90));
			var twice = List.of(CompletableFuture.supplyAsync(() -> watch.check(late, ws.view().id())),
					CompletableFuture.supplyAsync(() -> watch.check(late, ws.view().id())));
			assertThat(twice.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(1);
			assertThat(watch.check(late.plus(Duration.ofMinutes(5)), ws.view().id())).isZero();

			List<TimelineEntry> timeline = work.timeline(owner, item.id());
			assertThat(timeline).filteredOn(e -> e.kind() == TimelineKind.SLA_WARNING).hasSize(1);
			assertThat(timeline).filteredOn(e -> e.kind() == TimelineKind.SLA_BREACHED).hasSize(1);
			assertThat(timeline).filteredOn(e -> e.kind() == TimelineKind.ESCALATED).hasSize(3);
			WorkItemView after = work.item(owner, item.id());
			assertThat(after.sla().breached()).isTrue();
			assertThat(after.assignee()).as("reassigned to the manager").isEqualTo(manager.member().id());
			Membership managerView = fixtures.as(manager, () -> policy.require(ws.slug(), Permission.WORK_VIEW));
			assertThat(work.notifications(managerView)).hasSize(1);
			await().atMost(Duration.ofSeconds(10)).until(() -> posted.size() == 1);
			assertThat(posted.getFirst()).startsWith("{\"text\":\"" + after.reference());
		}
		finally {
			server.stop(0);
		}
	}

}
