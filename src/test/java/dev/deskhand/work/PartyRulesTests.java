package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.workspace.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbound rules on customers and carriers: a condition on the party the mail was matched
 * to, an action that makes the item about a party (a customer's scope included), values
 * given by name, an unknown name refused with its pointer, the page's form and list
 * naming parties.
 */
@IntegrationTest
class PartyRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkRules rules;

	@Autowired
	WorkSetup setup;

	@Autowired
	PartyManagement parties;

	@Autowired
	AccessPolicy policy;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void rulesMatchAndSetPartiesByNameThroughTheApi() {
		var ws = fixtures.workspace("party-rules");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Tuborg"));
		PartyView dsv = fixtures.as(ws.owner(), () -> {
			Membership m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Tuborg", "da", "tuborg.example"));
			return parties.create(m, NewParty.of(PartyKind.CARRIER, "DSV Road", "da", "dsv.example"));
		});
		var api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug() + "/rules";

		var unknown = api.post(base, """
				{"name":"Heineken","conditions":[{"kind":"SENDER_DOMAIN","value":"heineken.example"}],
				 "actions":[{"kind":"ADD_TAG","value":"beer"},{"kind":"SET_PARTY","value":"Heineken"}]}""");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/actions/1/value");
		assertThat(unknown.json().get("errors").get(0).get("detail").asString()).contains("Heineken");
		var unknownCondition = api.post(base, """
				{"name":"Nobody","conditions":[{"kind":"PARTY","value":"Nobody A/S"}],
				 "actions":[{"kind":"CLOSE"}]}""");
		assertThat(unknownCondition.status()).isEqualTo(400);
		assertThat(unknownCondition.json().get("errors").get(0).get("pointer").asString())
			.isEqualTo("/conditions/0/value");

		var carrierRule = api.post(base, """
				{"name":"Carrier mail","conditions":[{"kind":"PARTY","value":"dsv road"}],
				 "actions":[{"kind":"SET_TYPE","value":"carrier"}]}""");
		assertThat(carrierRule.status()).isEqualTo(201);
		assertThat(carrierRule.json().get("conditions").get(0).get("value").asString())
			.as("stored by id, so a rename keeps the rule")
			.isEqualTo(dsv.id().toString());
		assertThat(api.post(base, """
				{"name":"Tuborg's forwarder","conditions":[{"kind":"SENDER_DOMAIN","value":"fwd.example"}],
				 "actions":[{"kind":"SET_PARTY","value":"TUBORG"}]}""").status()).isEqualTo(201);

		WorkItemView fromDsv = receive(ws, "ops@dsv.example", "Pickup at 14", dsv.id());
		assertThat(fromDsv.type()).isEqualTo("carrier");
		WorkItemView unmatched = receive(ws, "ops@other.example", "Pickup at 15", null);
		assertThat(unmatched.type()).as("the condition needs the matched party").isEqualTo("email");

		WorkItemView forwarded = receive(ws, "booking@fwd.example", "Booking for Tuborg", null);
		assertThat(forwarded.partyName()).isEqualTo("Tuborg");
		assertThat(forwarded.scope()).isEqualTo("customer:Tuborg");
		assertThat(work.timeline(manager(ws), forwarded.id())).filteredOn(e -> e.kind() == TimelineKind.RULE_APPLIED)
			.extracting(e -> e.data().get("action") + "=" + e.data().get("value"))
			.containsExactly("SET_PARTY=Tuborg");
		assertThat(fixtures.as(assistant,
				() -> work.item(policy.require(ws.slug(), Permission.WORK_VIEW), forwarded.id()).id()))
			.as("the customer's scoped assistant sees it")
			.isEqualTo(forwarded.id());
	}

	@Test
	void theRulesPageWritesAndListsPartyRulesByName() {
		var ws = fixtures.workspace("party-rules-page");
		fixtures.as(ws.owner(), () -> parties.create(policy.require(ws.slug(), Permission.PARTIES_MANAGE),
				NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example")));
		SlaPolicyView vip = setup.addSlaPolicy(manager(ws),
				new NewSlaPolicy(null, "VIP-kunder", null, null, 30, 60, 240, 0.8));
		var web = WebSession.signIn(port, ws.owner());

		var refused = web.post("/w/" + ws.slug() + "/rules", "name=Bad&party=" + enc("Ukendt ApS") + "&type=x");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Ukendt ApS");
		var saved = web.post("/w/" + ws.slug() + "/rules",
				"name=Carlsberg&party=carlsberg&setParty=Carlsberg&tags=vip&policy=" + vip.id());
		assertThat(saved.statusCode()).isEqualTo(302);
		InboundRuleView rule = rules.rules(manager(ws)).getFirst();
		assertThat(rule.conditions()).extracting(RuleCondition::kind).containsExactly(RuleCondition.Kind.PARTY);

		String list = web.get("/w/" + ws.slug() + "/rules").body();
		assertThat(list).contains("customer or carrier Carlsberg", "customer or carrier → Carlsberg", "VIP-kunder")
			.doesNotContain(rule.conditions().getFirst().value())
			.as("the policy by its name, not its id")
			.doesNotContain(vip.id().toString());
		var scoped = fixtures.member(ws, Role.EMPLOYEE, null, ScopeRef.parse("customer:Tuborg"));
		assertThat(WebSession.signIn(port, scoped).get("/w/" + ws.slug() + "/rules").body())
			.as("a customer she may not see is named neither by name nor by id")
			.contains("customer or carrier (a customer outside your access)")
			.doesNotContain(rule.conditions().getFirst().value())
			.doesNotContain("customer or carrier Carlsberg");
		String form = web.get("/w/" + ws.slug() + "/rules/" + rule.id()).body();
		assertThat(form).contains("name=\"party\" maxlength=\"200\" value=\"Carlsberg\"")
			.contains("name=\"setParty\" maxlength=\"200\" value=\"Carlsberg\"");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private WorkItemView receive(TestFixtures.Ws ws, String from, String subject, @Nullable PartyId party) {
		tx.executeWithoutResult(s -> events.publishEvent(new EmailReceived(ws.view().id(), MailboxId.random(),
				"support@nordhavn.test", ConversationId.random(), MessageId.random(), from, "Kim Dahl", subject,
				Instant.now().truncatedTo(ChronoUnit.MICROS), false, null, null, null, false, party)));
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

}
