package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.internal.RecurringRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class WorkRecurringTaskTests {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	AccessPolicy policy;

	@Autowired
	RecurringRunner runner;

	@Test
	void eachOccurrenceBecomesOneItemEvenWhenTwoInstancesRunAtOnce() {
		var ws = fixtures.workspace("recurring");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		RecurringTaskView task = setup.addRecurringTask(owner,
				new NewRecurringTask("0 * * * * *", "UTC", "inbox-zero", "Check the inbox is empty", null, null));
		Instant later = task.nextRunAt().plus(Duration.ofSeconds(150));
		var runs = List.of(CompletableFuture.supplyAsync(() -> runner.runDue(later)),
				CompletableFuture.supplyAsync(() -> runner.runDue(later)),
				CompletableFuture.supplyAsync(() -> runner.runDue(later)));
		runs.forEach(CompletableFuture::join);
		runner.runDue(later);
		var items = work.queue(owner, new QueueFilter(false, false, null, "inbox-zero", null, null, Set.of()),
				PageRequest.of(0, 50));
		assertThat(items.total()).as("occurrences at +0s, +60s and +120s").isEqualTo(3);
		assertThat(setup.recurringTasks(owner).getFirst().nextRunAt()).isAfter(later);
	}

	@Test
	void refusesASchedulThatIsNotCron() {
		var ws = fixtures.workspace("recurring");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> setup.addRecurringTask(owner,
					new NewRecurringTask("every friday", null, "inbox", "Check", null, null)))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/schedule");
	}

	@Test
	void refusesAnAssigneeFromAnotherWorkspace() {
		var ws = fixtures.workspace("recurring-own");
		var other = fixtures.workspace("recurring-other");
		var stranger = fixtures.member(other, dev.deskhand.workspace.Role.EMPLOYEE, null);
		var api = new dev.deskhand.ApiClient(port, fixtures.token(ws, ws.owner().member()));
		var r = api.post("/api/v1/workspaces/" + ws.slug() + "/recurring-tasks",
				"{\"schedule\":\"0 0 9 * * MON\",\"type\":\"inbox\",\"title\":\"Weekly\",\"assignee\":\""
						+ stranger.member().id() + "\"}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/assignee");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		assertThat(setup.recurringTasks(owner)).isEmpty();
		var colleague = fixtures.member(ws, dev.deskhand.workspace.Role.EMPLOYEE, null);
		assertThat(api
			.post("/api/v1/workspaces/" + ws.slug() + "/recurring-tasks",
					"{\"schedule\":\"0 0 9 * * MON\",\"type\":\"inbox\",\"title\":\"Weekly\",\"assignee\":\""
							+ colleague.member().id() + "\"}")
			.status()).isEqualTo(201);
	}

}
