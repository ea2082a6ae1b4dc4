package dev.deskhand.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.InvoiceView;
import dev.deskhand.billing.Invoicing;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.ResolvedItem;
import dev.deskhand.work.ResolvedWork;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Per-task billing: an item counts for the member who resolved it or held it when it was
 * resolved, once (reopened and resolved again it is not billed twice), at the price of
 * its work type.
 */
@IntegrationTest
class PerTaskInvoiceTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	BillingTestData data;

	@Autowired
	WorkQueue queue;

	@Autowired
	ResolvedWork resolvedWork;

	@Autowired
	Invoicing invoicing;

	@Autowired
	AccessPolicy policy;

	@Test
	void resolvedItemsAreCountedOncePerMemberAndPricedByWorkType() {
		Ws ws = fixtures.workspace("pertask", "da");
		Member a = fixtures.member(ws, Role.ASSISTANT, null);
		Member other = fixtures.member(ws, Role.EMPLOYEE, null);
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_VIEW));
		Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
		WorkItemView mine = item(owner, "booking", a);
		WorkItemView reopened = item(owner, "booking", a);
		WorkItemView theirs = item(owner, "booking", other);
		WorkItemView unpriced = item(owner, "travel", a);
		resolve(owner, mine);
		resolve(owner, reopened);
		queue.changeStatus(owner, reopened.id(), WorkStatus.OPEN);
		resolve(owner, reopened);
		resolve(owner, theirs);
		resolve(owner, unpriced);

		assertThat(resolvedWork.resolvedBy(ws.view().id(), a.member().id(), before, Instant.now().plusSeconds(60)))
			.extracting(ResolvedItem::id)
			.containsExactlyInAnyOrder(mine.id(), reopened.id(), unpriced.id());

		UUID issuer = data.issuer(a, "Katrine Ærø", "DK", "STANDARD", "DK12345678", "k@example.test");
		data.client(ws, "Nordhavn ApS", "DK", "DK87654321", "bogholderi@nordhavn.test");
		UUID contract = data.contract(ws, a, issuer, "PER_TASK", "DKK", "MONTHLY", LocalDate.of(2026, 1, 1), null);
		data.rate(contract, "TASK", "booking", LocalDate.of(2026, 1, 1), "120.00");
		Membership m = fixtures.as(a, () -> policy.require(ws.slug(), Permission.BILLING_VIEW));
		InvoiceView draft = invoicing.draft(m, contract, LocalDate.now(ZoneId.of("Europe/Copenhagen"))).orElseThrow();
		assertThat(draft.lines()).singleElement().satisfies(l -> {
			assertThat(l.description()).startsWith("Løste opgaver (booking)");
			assertThat(l.quantity()).isEqualByComparingTo("2");
			assertThat(l.net()).isEqualByComparingTo("240.00");
		});
		assertThat(draft.gross()).isEqualByComparingTo("300.00");
	}

	private WorkItemView item(Membership owner, String type, Member assignee) {
		return queue.create(owner, new NewWorkItem(type, "Opgave " + UUID.randomUUID(), null, assignee.member().id(),
				null, null, null, null, null));
	}

	private void resolve(Membership owner, WorkItemView item) {
		queue.changeStatus(owner, item.id(), WorkStatus.RESOLVED);
	}

}
