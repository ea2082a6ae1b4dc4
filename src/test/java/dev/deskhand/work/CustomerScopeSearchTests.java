package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.work.internal.SiteSearch;
import dev.deskhand.workspace.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member scoped to a customer finds that customer's conversations by search (they carry
 * the party matched on receipt), and no other customer's, mailbox's or workspace's.
 */
@IntegrationTest
class CustomerScopeSearchTests {

	@Autowired
	TestFixtures fixtures;

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

	List<SearchHit> conversations(TestFixtures.Member who, String text) {
		return fixtures.as(who,
				() -> search.search(new SearchQuery(text, Set.of(), Set.of("conversation"), Set.of(), null, null, 50)));
	}

	@Test
	void aCustomerScopedMemberFindsExactlyHerCustomersConversations() {
		var ws = fixtures.workspace("conv-scope");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Carlsberg"));
		MailboxId box = fixtures.as(ws.owner(), () -> {
			Membership m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example"));
			parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Tuborg", "da", "tuborg.example"));
			return inbox
				.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
						inboxData.unreachableMailbox("kundeservice-" + System.nanoTime() + "@nordhavn.test"))
				.id();
		});
		String word = "palleopgørelse" + System.nanoTime() % 1000;
		ConversationId hers = inboxData.receive(box, "maja@carlsberg.example", "Paller", "Her er " + word);
		ConversationId tuborg = inboxData.receive(box, "lager@tuborg.example", "Paller", "Vores " + word);
		ConversationId nobody = inboxData.receive(box, "info@unknown.example", "Paller", "Ukendt " + word);
		var elsewhere = fixtures.workspace("conv-scope-other");
		MailboxId otherBox = fixtures.as(elsewhere.owner(), () -> {
			parties.create(policy.require(elsewhere.slug(), Permission.PARTIES_MANAGE),
					NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example"));
			return inbox
				.addMailbox(policy.require(elsewhere.slug(), Permission.MAILBOXES_MANAGE),
						inboxData.unreachableMailbox("ops-" + System.nanoTime() + "@elbtal.test"))
				.id();
		});
		inboxData.receive(otherBox, "maja@carlsberg.example", "Paller", "Andet sted " + word);

		assertThat(conversations(assistant, word)).extracting(SearchHit::id).containsExactly(hers.value());
		assertThat(conversations(ws.owner(), word)).extracting(SearchHit::id)
			.containsExactlyInAnyOrder(hers.value(), tuborg.value(), nobody.value());
		assertThat(conversations(assistant, "Tuborg " + word)).extracting(SearchHit::id).doesNotContain(tuborg.value());
	}

}
