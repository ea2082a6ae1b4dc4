package dev.deskhand.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.CalendarView;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Parties across the modules: received mail is matched to its party, a customer's work is
 * filed under its scope (so an assistant scoped to it sees exactly its mail and tasks),
 * the queue shows and filters the party, and a customer's own SLA policy wins.
 */
@IntegrationTest
class PartyWorkTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PartyManagement parties;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	AccessPolicy policy;

	Membership as(TestFixtures.Member member, TestFixtures.Ws ws, Permission permission) {
		return fixtures.as(member, () -> policy.require(ws.slug(), permission));
	}

	List<QueueRow> queue(Membership m, QueueFilter filter) {
		return work.queue(m, filter, PageRequest.of(0, 50)).items();
	}

	@Test
	void mailFromACustomerIsScopedToItAndSeenByExactlyTheAssistantsScopedToIt() {
		var ws = fixtures.workspace("scoped");
		Membership owner = as(ws.owner(), ws, Permission.MAILBOXES_MANAGE);
		PartyView carlsberg = parties.create(owner,
				NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example"));
		parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "LEGO", "da", "lego.example"));
		var mailbox = inbox.addMailbox(owner, inboxData.unreachableMailbox("kundeservice@nordhavn.test"));
		var freja = fixtures.member(ws, Role.ASSISTANT, null, new ScopeRef("customer", "Carlsberg"));
		var legoOnly = fixtures.member(ws, Role.ASSISTANT, null, new ScopeRef("customer", "LEGO"));

		var conversation = inboxData.receive(mailbox.id(), "Anders Holm <anders@CARLSBERG.example>",
				"Forsendelse 4711 mangler");
		Membership frejaM = as(freja, ws, Permission.WORK_VIEW);
		await().atMost(Duration.ofSeconds(20)).until(() -> queue(frejaM, QueueFilter.open()).size() == 1);

		QueueRow row = queue(frejaM, QueueFilter.open()).getFirst();
		assertThat(row.party()).isEqualTo(carlsberg.id());
		assertThat(row.partyName()).isEqualTo("Carlsberg");
		WorkItemView item = work.item(frejaM, row.id());
		assertThat(item.scope()).isEqualTo("customer:Carlsberg");
		assertThat(item.conversation()).isEqualTo(conversation);
		Membership frejaInbox = as(freja, ws, Permission.INBOX_VIEW);
		assertThat(inbox.conversation(frejaInbox, conversation).subject()).isEqualTo("Forsendelse 4711 mangler");

		Membership lego = as(legoOnly, ws, Permission.WORK_VIEW);
		assertThat(queue(lego, QueueFilter.open())).isEmpty();
		assertThatThrownBy(() -> work.item(lego, row.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> inbox.conversation(as(legoOnly, ws, Permission.INBOX_VIEW), conversation))
			.isInstanceOf(NotFoundException.class);

		// the owner finds it by typing part of the party's name in any case
		Membership ownerWork = as(ws.owner(), ws, Permission.WORK_VIEW);
		assertThat(queue(ownerWork, QueueFilter.open().withParty("CARLS"))).extracting(QueueRow::id)
			.containsExactly(row.id());
		assertThat(queue(ownerWork, QueueFilter.open().withParty("lego"))).isEmpty();
		assertThat(queue(ownerWork, QueueFilter.open().withParty("nobody"))).isEmpty();
		assertThat(work.partyItems(ownerWork, carlsberg.id(), false, true, 10)).extracting(QueueRow::id)
			.containsExactly(row.id());
	}

	@Test
	void aTaskCreatedForACustomerIsFiledUnderItsScopeAndAScopedAssistantFilesOnlyForHerCustomers() {
		var ws = fixtures.workspace("scoped");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		PartyView carlsberg = parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da"));
		PartyView lego = parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "LEGO", "da"));
		PartyView dfds = parties.create(owner, NewParty.of(PartyKind.CARRIER, "DFDS", "en"));
		var freja = fixtures.member(ws, Role.ASSISTANT, null, new ScopeRef("customer", "Carlsberg"));
		Membership ownerWork = as(ws.owner(), ws, Permission.WORK_VIEW);

		WorkItemView task = work.create(ownerWork, new NewWorkItem("data-entry", "Book pallets for Carlsberg", null,
				null, null, null, null, null, null, carlsberg.id()));
		assertThat(task.scope()).isEqualTo("customer:Carlsberg");
		assertThat(task.partyName()).isEqualTo("Carlsberg");
		assertThat(task.customer()).isEqualTo("Carlsberg");
		WorkItemView carrierTask = work.create(ownerWork,
				new NewWorkItem("phone-call", "Call DFDS", null, null, null, null, null, null, null, dfds.id()));
		assertThat(carrierTask.scope()).isNull();

		Membership frejaM = as(freja, ws, Permission.WORK_VIEW);
		assertThat(queue(frejaM, QueueFilter.open())).extracting(QueueRow::id).containsExactly(task.id());
		WorkItemView hers = work.create(frejaM, new NewWorkItem("data-entry", "Update addresses", null, null, null,
				null, null, null, null, carlsberg.id()));
		assertThat(hers.scope()).isEqualTo("customer:Carlsberg");
		assertThatThrownBy(() -> work.create(frejaM,
				new NewWorkItem("data-entry", "Not hers", null, null, null, null, null, null, null, lego.id())))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/scope"));
	}

	@Test
	void aCustomersOwnSlaPolicyWinsOverTheGenericOnes() {
		var ws = fixtures.workspace("sla");
		Membership owner = as(ws.owner(), ws, Permission.WORK_MANAGE);
		setup.setCalendar(owner, new CalendarView("UTC", "mon-sun 00:00-24:00", null, null, List.of()));
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Standard", null, null, 600, null, 6000, null));
		var gold = setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Gold", null, null, 17, null, 600, null));
		assertThat(parties.slaPolicyChoices(owner)).extracting(SlaPolicyChoices.Choice::name)
			.containsExactly("Standard", "Gold");
		PartyView vestas = parties.create(owner,
				new NewParty(PartyKind.CUSTOMER, "Vestas", "en", null, null, gold.id(), null));
		assertThatThrownBy(() -> parties.create(owner,
				new NewParty(PartyKind.CUSTOMER, "Other", "en", null, null, java.util.UUID.randomUUID(), null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/slaPolicy"));

		WorkItemView forVestas = work.create(owner,
				new NewWorkItem("email", "Blade transport", null, null, null, null, null, null, null, vestas.id()));
		WorkItemView generic = work.create(owner, NewWorkItem.of("email", "Someone else"));
		// the calendar's day ends at 23:59, so a target across midnight takes a minute
		// more
		assertThat(Duration.between(forVestas.createdAt(), forVestas.sla().firstResponseDue()))
			.isBetween(Duration.ofMinutes(17), Duration.ofMinutes(18));
		assertThat(Duration.between(generic.createdAt(), generic.sla().firstResponseDue()))
			.isBetween(Duration.ofMinutes(600), Duration.ofMinutes(601));
	}

	@Test
	void renamingACustomerMovesItsItemsToTheNewNameAndScope() {
		var ws = fixtures.workspace("rename");
		Membership owner = as(ws.owner(), ws, Permission.PARTIES_MANAGE);
		PartyView lego = parties.create(owner, NewParty.of(PartyKind.CUSTOMER, "Lego", "da"));
		WorkItemView task = work.create(owner,
				new NewWorkItem("data-entry", "Pallets", null, null, null, null, null, null, null, lego.id()));
		parties.update(owner, lego.id(), NewParty.of(PartyKind.CUSTOMER, "LEGO Group", "da"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "customer:LEGO Group".equals(work.item(owner, task.id()).scope()));
		assertThat(work.item(owner, task.id()).partyName()).isEqualTo("LEGO Group");
	}

}
