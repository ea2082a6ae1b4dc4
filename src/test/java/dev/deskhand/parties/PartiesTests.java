package dev.deskhand.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeKind;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class PartiesTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PartyManagement parties;

	@Autowired
	AccessPolicy policy;

	@Autowired
	List<ScopeKind> scopeKinds;

	@Autowired
	ApplicationEvents events;

	Membership as(TestFixtures.Member member, TestFixtures.Ws ws, Permission permission) {
		return fixtures.as(member, () -> policy.require(ws.slug(), permission));
	}

	@Test
	void createsAPartyWithContactsAndDomainsAndAuditsEveryChange() {
		var ws = fixtures.workspace("parties");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		PartyView lego = parties.create(owner, new NewParty(PartyKind.CUSTOMER, " LEGO ", "da", List.of("K-100"),
				"Key account", null, List.of("@LEGO.example", "lego.example")));
		ContactView anders = parties.addContact(owner, lego.id(),
				new NewContact("Anders Bruun", "Anders.Bruun@LEGO.example", "+45 11 22 33 44", null));

		PartyView read = parties.party(owner, lego.id());
		assertThat(read.name()).isEqualTo("LEGO");
		assertThat(read.domains()).containsExactly("lego.example");
		assertThat(read.contacts()).extracting(ContactView::email).containsExactly("anders.bruun@lego.example");
		assertThat(read.scope()).isEqualTo("customer:LEGO");
		assertThat(anders.language()).isNull();
		assertThat(events.stream(PartyCreated.class).filter(e -> e.party().equals(lego.id()))).hasSize(1);
		assertThat(events.stream(AuditableChange.class).filter(e -> e.subjectId().equals(lego.id().toString())))
			.extracting(AuditableChange::action)
			.containsExactly(AuditableChange.Action.CREATE, AuditableChange.Action.UPDATE);
	}

	@Test
	void refusesADuplicateNameWhateverItsCaseAndADomainOrAddressAnotherPartyHas() {
		var ws = fixtures.workspace("parties");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		PartyView lego = parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "LEGO", "da", "lego.example"));
		parties.addContact(owner, lego.id(), new NewContact("Anders", "anders@lego.example", null, null));
		assertThatThrownBy(() -> parties.create(owner, NewParty.of(PartyKind.CARRIER, "lego", "en")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("parties.error.nameTaken"));
		assertThatThrownBy(() -> parties.create(owner, NewParty.of(PartyKind.CARRIER, "DFDS", "en", "LEGO.example")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/domains"));
		PartyView dfds = parties.create(owner, NewParty.of(PartyKind.CARRIER, "DFDS", "en", "dfds.example"));
		assertThatThrownBy(() -> parties.addContact(owner, dfds.id(),
				new NewContact("Someone", "ANDERS@lego.example", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/email"));
		assertThatThrownBy(() -> parties.create(owner, NewParty.of(PartyKind.CARRIER, "X", "fr")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/language"));
		assertThatThrownBy(() -> parties.create(owner, NewParty.of(PartyKind.CARRIER, "Y", "en", "not a domain")))
			.isInstanceOf(InvalidInputException.class);
		// another workspace may have the same names and domains
		var other = fixtures.workspace("parties");
		parties.create(as(other.owner(), other, Permission.PARTIES_MANAGE),
				NewParty.of(PartyKind.CUSTOMER, "LEGO", "da", "lego.example"));
	}

	@Test
	void matchesASenderByExactAddressFirstThenByDomainWhateverTheCase() {
		var ws = fixtures.workspace("parties");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		PartyView dsv = parties.create(owner, NewParty.of(PartyKind.CARRIER, "DSV Road", "da", "dsv.example"));
		PartyView agent = parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "Vestas", "en", "vestas.example"));
		// a Vestas buyer who writes from a DSV address belongs to Vestas by her contact
		parties.addContact(owner, agent.id(), new NewContact("Sarah Miller", "sarah@dsv.example", null, "en"));
		var id = ws.view().id();

		assertThat(parties.matchSender(id, "Kim.Dahl@DSV.example")).map(PartyView::id).contains(dsv.id());
		assertThat(parties.matchSender(id, "SARAH@dsv.example")).map(PartyView::id).contains(agent.id());
		assertThat(parties.matchSender(id, "someone@sub.dsv.example")).isEmpty();
		assertThat(parties.matchSender(id, "no-at-sign")).isEmpty();
		assertThat(parties.matchSender(fixtures.workspace("parties").view().id(), "kim@dsv.example")).isEmpty();
	}

	@Test
	void findsPartiesByPrefixOrSubstringWhateverTheCaseAndFiltersByKind() {
		var ws = fixtures.workspace("parties");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da"));
		parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "Arla Foods", "da"));
		parties.create(owner, NewParty.of(PartyKind.CARRIER, "Nagel Spedition", "de"));
		parties.create(owner, NewParty.of(PartyKind.CARRIER, "100%_Freight", "en"));

		assertThat(parties.list(owner, null, "ar", 10)).extracting(PartyView::name)
			.containsExactly("Arla Foods", "Carlsberg");
		assertThat(parties.list(owner, PartyKind.CARRIER, "", 10)).extracting(PartyView::name)
			.containsExactly("100%_Freight", "Nagel Spedition");
		assertThat(parties.list(owner, null, "%", 10)).extracting(PartyView::name).containsExactly("100%_Freight");
		assertThat(parties.list(owner, null, "SPED", 10)).extracting(PartyView::name)
			.containsExactly("Nagel Spedition");
	}

	@Test
	void aScopedMemberSeesCarriersAndOnlyTheCustomersOfHerScopesAndEmployeesCannotChangeParties() {
		var ws = fixtures.workspace("parties");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		PartyView lego = parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "LEGO", "da"));
		parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da"));
		parties.create(owner, NewParty.of(PartyKind.CARRIER, "DFDS", "en"));
		var freja = fixtures.member(ws, Role.ASSISTANT, null, new ScopeRef("customer", "Carlsberg"));
		Membership scoped = as(freja, ws, Permission.WORK_VIEW);

		assertThat(parties.list(scoped, null, null, 50)).extracting(PartyView::name)
			.containsExactly("Carlsberg", "DFDS");
		assertThatThrownBy(() -> parties.party(scoped, lego.id())).isInstanceOf(NotFoundException.class);
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		Membership e = as(employee, ws, Permission.WORK_VIEW);
		assertThatThrownBy(() -> parties.create(e, NewParty.of(PartyKind.CARRIER, "DSV", "da")))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void theCustomerScopeOffersTheWorkspacesCustomerNames() {
		var ws = fixtures.workspace("parties");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "LEGO", "da"));
		parties.create(owner, NewParty.of(PartyKind.CARRIER, "DFDS", "en"));
		assertThat(scopeKinds.stream().flatMap(k -> k.offered(ws.view().id()).stream()))
			.containsExactly("customer:LEGO");
	}

	@Test
	void renamesAndDeletesAPartyAnnouncingIt() {
		var ws = fixtures.workspace("parties");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		PartyView lego = parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "Lego", "da", "lego.example"));
		parties.update(owner, lego.id(), NewParty.of(PartyKind.CUSTOMER, "LEGO Group", "da", "lego.example"));
		assertThat(events.stream(PartyChanged.class).filter(e -> e.party().equals(lego.id())))
			.extracting(PartyChanged::previousName, PartyChanged::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Lego", "LEGO Group"));
		parties.delete(owner, lego.id());
		assertThat(parties.matchSender(ws.view().id(), "x@lego.example")).isEmpty();
		assertThatThrownBy(() -> parties.party(owner, lego.id())).isInstanceOf(NotFoundException.class);
	}

}
