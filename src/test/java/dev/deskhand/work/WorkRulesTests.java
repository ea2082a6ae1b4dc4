package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.RuleAction.Kind;
import dev.deskhand.workspace.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbound rules on items created from e-mail: all matching rules apply in order, a
 * stopping rule ends the run, disabled rules are skipped, each action shows on the
 * timeline with the rule's name; bad rules are refused naming the unknown value.
 */
@IntegrationTest
class WorkRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	WorkRules rules;

	@Autowired
	AccessPolicy policy;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void matchingRulesApplyInOrderUntilOneStops() {
		var ws = fixtures.workspace("rules");
		var kim = fixtures.member(ws, Role.EMPLOYEE, null);
		Membership m = manager(ws);
		setup.setCalendar(m, new CalendarView("UTC", "mon-sun 00:00-24:00", null, null, List.of()));
		setup.addSlaPolicy(m, new NewSlaPolicy(null, "Standard", null, null, 60, 120, 480, 0.8));
		SlaPolicyView carrierSla = setup.addSlaPolicy(m,
				new NewSlaPolicy(null, "Carrier", null, "x", 15, 30, 120, 0.8));
		InboundRuleView carrier = rules.add(m,
				rule("Carrier mail from DSV", false,
						List.of(new RuleCondition(RuleCondition.Kind.SENDER_DOMAIN, "dsv.example")),
						List.of(new RuleAction(Kind.SET_TYPE, "Carrier"), new RuleAction(Kind.SET_PRIORITY, "high"),
								new RuleAction(Kind.ADD_TAG, "dsv"),
								new RuleAction(Kind.SET_SLA_POLICY, carrierSla.id().toString()))));
		rules.add(m,
				rule("PODs to Kim", false, List.of(new RuleCondition(RuleCondition.Kind.HAS_ATTACHMENT, null)),
						List.of(new RuleAction(Kind.ADD_TAG, "pod"),
								new RuleAction(Kind.ASSIGN_MEMBER, kim.member().id().toString()))));
		rules.add(m,
				rule("Newsletters", true, List.of(new RuleCondition(RuleCondition.Kind.SUBJECT_CONTAINS, "NEWSLETTER")),
						List.of(new RuleAction(Kind.CLOSE, null))));
		rules.add(m,
				rule("Never after a stop", false,
						List.of(new RuleCondition(RuleCondition.Kind.SUBJECT_CONTAINS, "newsletter")),
						List.of(new RuleAction(Kind.ADD_TAG, "late"))));
		InboundRuleView off = rules.add(m,
				rule("Switched off", false, List.of(new RuleCondition(RuleCondition.Kind.SENDER_DOMAIN, "dsv.example")),
						List.of(new RuleAction(Kind.SET_PRIORITY, "LOW"))));
		rules.setEnabled(m, off.id(), false);

		WorkItemView dsv = receive(ws, "kim.dahl@dk.dsv.example", "Pickup tomorrow", true);
		assertThat(dsv.type()).isEqualTo("carrier");
		assertThat(dsv.priority()).isEqualTo(Priority.HIGH);
		assertThat(dsv.tags()).containsExactly("dsv", "pod");
		assertThat(dsv.assignee()).isEqualTo(kim.member().id());
		assertThat(dsv.sla().firstResponseDue()).as("the Carrier policy: 15 minutes")
			.isBefore(dsv.createdAt().plus(16, ChronoUnit.MINUTES));
		List<TimelineEntry> applied = work.timeline(m, dsv.id())
			.stream()
			.filter(e -> e.kind() == TimelineKind.RULE_APPLIED)
			.toList();
		assertThat(applied)
			.extracting(e -> e.data().get("rule") + ":" + e.data().get("action") + "=" + e.data().get("value"))
			.containsExactlyInAnyOrder("Carrier mail from DSV:SET_TYPE=carrier",
					"Carrier mail from DSV:SET_PRIORITY=HIGH", "Carrier mail from DSV:ADD_TAG=dsv",
					"Carrier mail from DSV:SET_SLA_POLICY=Carrier", "PODs to Kim:ADD_TAG=pod",
					"PODs to Kim:ASSIGN_MEMBER=" + kim.member().displayName());

		WorkItemView newsletter = receive(ws, "news@shop.example", "Our December newsletter", false);
		assertThat(newsletter.status()).as("filed without work").isEqualTo(WorkStatus.CLOSED);
		assertThat(newsletter.tags()).as("a stopping rule ends the run").doesNotContain("late");
		assertThat(newsletter.type()).isEqualTo("email");

		rules.move(m, off.id(), -1);
		assertThat(rules.rules(m)).extracting(InboundRuleView::name)
			.containsExactly("Carrier mail from DSV", "PODs to Kim", "Newsletters", "Switched off",
					"Never after a stop");
		rules.setEnabled(m, off.id(), true);
		rules.reorder(m, List.of(rules.rules(m).get(3).id(), rules.rules(m).get(0).id(), rules.rules(m).get(1).id(),
				rules.rules(m).get(2).id(), rules.rules(m).get(4).id()));
		WorkItemView again = receive(ws, "ops@dsv.example", "Another pickup", false);
		assertThat(again.priority()).as("the later Carrier rule overrides the now-first one").isEqualTo(Priority.HIGH);
		rules.delete(m, carrier.id());
		assertThat(receive(ws, "ops@dsv.example", "Third pickup", false).priority()).isEqualTo(Priority.LOW);
		assertThat(rules.rules(m)).extracting(InboundRuleView::position).containsExactly(1, 2, 3, 4);
	}

	@Test
	void unknownValuesAreRefusedByName() {
		var ws = fixtures.workspace("badrules");
		Membership m = manager(ws);
		List<RuleCondition> when = List.of(new RuleCondition(RuleCondition.Kind.SENDER_DOMAIN, "dsv.example"));
		assertThatThrownBy(
				() -> rules.add(m, rule("x", false, when, List.of(new RuleAction(Kind.SET_TYPE, "Not a type!")))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Not a type!")
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/actions/0/value");
		assertThatThrownBy(() -> rules.add(m,
				rule("x", false, when,
						List.of(new RuleAction(Kind.ADD_TAG, "ok"),
								new RuleAction(Kind.SET_SLA_POLICY, UUID.randomUUID().toString())))))
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/actions/1/value");
		assertThatThrownBy(() -> rules.add(m,
				rule("x", false, when, List.of(new RuleAction(Kind.ASSIGN_MEMBER, UUID.randomUUID().toString())))))
			.hasMessageContaining("Unknown assignee");
		assertThatThrownBy(() -> rules.add(m, rule("x", false, when, List.of(new RuleAction(Kind.ADD_TAG, "#!?")))))
			.hasMessageContaining("#!?");
		assertThatThrownBy(() -> rules.add(m,
				rule("x", false, List.of(new RuleCondition(RuleCondition.Kind.PARTY, "Carlsberg")),
						List.of(new RuleAction(Kind.CLOSE, null)))))
			.as("no such customer or carrier here")
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/conditions/0/value");
		assertThat(rules.rules(m)).isEmpty();

		var api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug() + "/rules";
		var bad = api.post(base, """
				{"name":"Carrier","conditions":[{"kind":"SENDER_DOMAIN","value":"dsv.example"}],
				 "actions":[{"kind":"ASSIGN_ROLE","value":"PILOT"}]}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/actions/0/value");
		assertThat(bad.json().get("errors").get(0).get("detail").asString()).contains("PILOT");
		var created = api.post(base, """
				{"name":"Carrier","conditions":[{"kind":"SENDER_DOMAIN","value":"@DSV.example"}],
				 "actions":[{"kind":"ASSIGN_ROLE","value":"employee"},{"kind":"CLOSE"}]}""");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("conditions").get(0).get("value").asString()).isEqualTo("dsv.example");
		String id = created.json().get("id").asString();
		assertThat(api.send("PUT", base + "/order", "{\"ids\":[\"" + UUID.randomUUID() + "\"]}").status())
			.isEqualTo(400);
		assertThat(api.send("PUT", base + "/order", "{\"ids\":[\"" + id + "\"]}").status()).isEqualTo(200);
		assertThat(api.send("DELETE", base + "/" + id, null).status()).isEqualTo(204);
		assertThat(api.get(base + "/" + id).status()).isEqualTo(404);
	}

	private WorkItemView receive(TestFixtures.Ws ws, String from, String subject, boolean attachment) {
		ConversationId conversation = ConversationId.random();
		tx.executeWithoutResult(s -> events.publishEvent(new EmailReceived(ws.view().id(), MailboxId.random(),
				"support@nordhavn.test", conversation, MessageId.random(), from, "Kim Dahl", subject,
				Instant.now().truncatedTo(ChronoUnit.MICROS), false, null, null, null, attachment)));
		Membership m = manager(ws);
		QueueRow row = await().atMost(Duration.ofSeconds(10))
			.until(() -> work
				.queue(m, new QueueFilter(false, false, null, null, null, from, Set.of(WorkStatus.values())),
						PageRequest.of(0, 50))
				.items()
				.stream()
				.filter(r -> r.title().equals(subject))
				.findFirst()
				.orElse(null), r -> r != null);
		return work.item(m, row.id());
	}

	private Membership manager(TestFixtures.Ws ws) {
		return fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
	}

	private static NewInboundRule rule(String name, boolean stop, List<RuleCondition> when, List<RuleAction> then) {
		return new NewInboundRule(name, true, stop, when, then);
	}

}
