package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.parties.NewContact;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.work.internal.SiteSearch;
import dev.deskhand.workspace.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search across work items, notes and conversations: Danish and German stems, references
 * typed with hyphens, and access applied in the SQL.
 */
@IntegrationTest
class SearchTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	SiteSearch search;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	PartyManagement parties;

	List<SearchHit> find(TestFixtures.Member who, String text) {
		return fixtures.as(who, () -> search.search(SearchQuery.of(text, 50)));
	}

	WorkItemView item(TestFixtures.Member who, TestFixtures.Ws ws, String title, String scope) {
		return fixtures.as(who, () -> work.create(policy.require(ws.slug(), Permission.WORK_VIEW),
				new NewWorkItem("email", title, Priority.NORMAL, null, null, null, null, scope, null)));
	}

	MailboxId mailbox(TestFixtures.Ws ws) {
		return fixtures.as(ws.owner(), () -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
				inboxData.unreachableMailbox("support-" + System.nanoTime() + "@nordhavn.test")))
			.id();
	}

	@Test
	void danishPluralFindsTheSingularInItemsAndNotes() {
		var ws = fixtures.workspace("stem-da");
		var shipment = item(ws.owner(), ws, "Forsendelse til Aarhus er forsinket", null);
		var other = item(ws.owner(), ws, "Faktura mangler", null);
		fixtures.as(ws.owner(), () -> work.addNote(policy.require(ws.slug(), Permission.WORK_VIEW), other.id(),
				"Kunden spørger om sin forsendelse fra Hamborg"));

		List<SearchHit> hits = find(ws.owner(), "forsendelser");

		assertThat(hits).extracting(SearchHit::kind, SearchHit::id)
			.contains(org.assertj.core.groups.Tuple.tuple("item", shipment.id().value()),
					org.assertj.core.groups.Tuple.tuple("note", other.id().value()));
		SearchHit hit = hits.stream().filter(h -> h.kind().equals("item")).findFirst().orElseThrow();
		assertThat(hit.reference()).isEqualTo(shipment.reference());
		assertThat(hit.link()).isEqualTo("/w/" + ws.slug() + "/items/" + shipment.id());
		assertThat(hit.parts()).anySatisfy(p -> {
			assertThat(p.match()).isTrue();
			assertThat(p.text()).isEqualTo("Forsendelse");
		});
	}

	@Test
	void germanPluralFindsTheSingularInMailBodiesAndLinksTheItem() {
		var ws = fixtures.workspace("stem-de");
		MailboxId box = mailbox(ws);
		ConversationId conversation = inboxData.receive(box, "dispo@elbtal.test", "Sendung 4471",
				"Guten Tag, der Lieferschein für die Sendung fehlt noch. Grüße aus Hamburg");
		inboxData.receive(box, "other@elbtal.test", "Rechnung", "Die Rechnung ist bezahlt.");

		List<SearchHit> hits = find(ws.owner(), "Lieferscheine");

		assertThat(hits).extracting(SearchHit::kind, SearchHit::id)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("conversation", conversation.value()));
		assertThat(hits.getFirst().detail()).contains("dispo@elbtal.test");
		assertThat(hits.getFirst().parts())
			.anySatisfy(p -> assertThat(p.match() && p.text().equals("Lieferschein")).isTrue());
	}

	@Test
	void aReferenceTypedWithAHyphenFindsTheAirWaybill() {
		var ws = fixtures.workspace("awb");
		MailboxId box = mailbox(ws);
		ConversationId conversation = inboxData.receive(box, "ops@carrier.test", "Arrival notice",
				"AWB 02012345675 arrived in Billund, please collect.");
		inboxData.receive(box, "ops@carrier.test", "Another notice", "AWB 17598765432 arrived in Billund.");
		var noted = item(ws.owner(), ws, "Luftfragt fra Frankfurt", null);
		fixtures.as(ws.owner(), () -> work.addNote(policy.require(ws.slug(), Permission.WORK_VIEW), noted.id(),
				"Fragtbrev 020-1234 5675 modtaget"));

		List<SearchHit> hits = find(ws.owner(), "020-1234");

		assertThat(hits).extracting(SearchHit::id).containsExactlyInAnyOrder(conversation.value(), noted.id().value());
		assertThat(hits.stream().filter(h -> h.kind().equals("conversation")).findFirst().orElseThrow().parts())
			.contains(new SearchHit.Part("02012345675", true));
		assertThat(hits.stream().filter(h -> h.kind().equals("note")).findFirst().orElseThrow().parts())
			.contains(new SearchHit.Part("020", true));
		assertThat(find(ws.owner(), noted.reference())).extracting(SearchHit::kind, SearchHit::id)
			.first()
			.isEqualTo(org.assertj.core.groups.Tuple.tuple("item", noted.id().value()));
	}

	@Test
	void aScopedAssistantFindsOnlyHerCustomersWorkAndNoOtherWorkspaceEver() {
		var ws = fixtures.workspace("scoped");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:carlsberg"));
		String word = "palleoptælling" + System.nanoTime() % 1000;
		var hers = item(ws.owner(), ws, "Carlsberg " + word, "customer:carlsberg");
		item(ws.owner(), ws, "Tuborg " + word, "customer:tuborg");
		item(ws.owner(), ws, "Uden kunde " + word, null);
		inboxData.receive(mailbox(ws), "lager@tuborg.test", "Lager", "Svar om " + word);
		var elsewhere = fixtures.workspace("elsewhere");
		item(elsewhere.owner(), elsewhere, "Carlsberg " + word, null);

		assertThat(find(assistant, word)).extracting(SearchHit::id).containsExactly(hers.id().value());
		assertThat(find(ws.owner(), word)).hasSize(4);
		assertThat(find(elsewhere.owner(), word)).hasSize(1)
			.allSatisfy(h -> assertThat(h.workspace()).isEqualTo(elsewhere.view().id()));
		assertThat(
				fixtures.as(ws.owner(),
						() -> search.search(new SearchQuery(word, Set.of(ws.view().id()), Set.of("conversation"),
								Set.of(), null, null, 10))))
			.extracting(SearchHit::kind)
			.containsExactly("conversation");
	}

	@Test
	void filtersByStatusAndRefusesOverlongQueries() {
		var ws = fixtures.workspace("filter");
		var open = item(ws.owner(), ws, "Toldpapirer mangler", null);
		var done = item(ws.owner(), ws, "Toldpapirer sendt", null);
		fixtures.as(ws.owner(), () -> work.resolve(policy.require(ws.slug(), Permission.WORK_VIEW), done.id()));

		List<SearchHit> onlyDone = fixtures.as(ws.owner(), () -> search.search(new SearchQuery("toldpapirer", Set.of(),
				Set.of(), Set.of(WorkStatus.RESOLVED.name()), null, null, 10)));

		assertThat(onlyDone).extracting(SearchHit::id).containsExactly(done.id().value());
		assertThat(find(ws.owner(), "toldpapirer")).extracting(SearchHit::id)
			.containsExactlyInAnyOrder(open.id().value(), done.id().value());
		assertThatThrownBy(() -> SearchQuery.of("x".repeat(201), 10)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void referencesAreNormalisedLikeTheStoredColumn() {
		assertThat(SearchQuery.of("AWB 020-1234 5675 og W-17", 5).references()).containsExactly("02012345675", "w17");
		assertThat(SearchQuery.of("forsendelser", 5).references()).isEmpty();
	}

	@Test
	void findsCustomersAndCarriersByContactAndDomainWithinTheCallersScopes() {
		var ws = fixtures.workspace("party-search");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Carlsberg"));
		var carlsberg = fixtures.as(ws.owner(), () -> {
			Membership m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			var lego = parties.create(m, NewParty.of(PartyKind.CUSTOMER, "LEGO", "da", "lego.example"));
			parties.addContact(m, lego.id(), new NewContact("Anders Bruun", "anders.bruun@lego.example", null, "da"));
			parties.create(m, NewParty.of(PartyKind.CARRIER, "DSV Road", "da", "dsv.example"));
			var c = parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example"));
			parties.addContact(m, c.id(), new NewContact("Maja Holt", "maja.holt@carlsberg.example", null, "da"));
			return c;
		});

		assertThat(find(ws.owner(), "bruun")).extracting(SearchHit::kind, SearchHit::title)
			.contains(org.assertj.core.groups.Tuple.tuple("party", "LEGO"));
		assertThat(find(ws.owner(), "dsv.example")).extracting(SearchHit::title).contains("DSV Road");
		List<SearchHit> mine = find(assistant, "example");
		assertThat(mine).extracting(SearchHit::title).contains("Carlsberg", "DSV Road").doesNotContain("LEGO");
		assertThat(mine).filteredOn(h -> h.title().equals("Carlsberg"))
			.extracting(SearchHit::link)
			.containsExactly("/w/" + ws.slug() + "/parties/" + carlsberg.id().value());
		assertThat(find(assistant, "bruun")).isEmpty();
	}

}
