package dev.deskhand.demo;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.BillingPeriod;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.Invoicing;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.billing.NewClientProfile;
import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewIssuerProfile;
import dev.deskhand.billing.NewRate;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.timesheets.NewTimeEntry;
import dev.deskhand.timesheets.TimeTracking;
import dev.deskhand.timesheets.Timesheets;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkspaceView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Katrine Holm's engagements as they stand at the start of a month: her own issuer
 * profile (a Danish sole trader), both clients' billing profiles, an hourly contract with
 * Nordhavn in DKK and one with Elbtal in EUR (its rate raised mid-month, so the invoice
 * splits the lines), last month's time on real work items submitted week by week and
 * approved by each workspace's manager, the current week still open, and last month's
 * invoice to each client issued (Nordhavn's with Danish VAT, Elbtal's reverse charged
 * with its e-invoice).
 */
@Component
class DemoBilling {

	private final AccessPolicy policy;

	private final ContractManagement contracts;

	private final TimeTracking time;

	private final Timesheets sheets;

	private final WorkQueue work;

	private final Invoicing invoicing;

	private final Clock clock;

	DemoBilling(AccessPolicy policy, ContractManagement contracts, TimeTracking time, Timesheets sheets, WorkQueue work,
			Invoicing invoicing, Clock clock) {
		this.policy = policy;
		this.contracts = contracts;
		this.time = time;
		this.sheets = sheets;
		this.work = work;
		this.invoicing = invoicing;
		this.clock = clock;
	}

	/** One client: its workspace, owner, manager, and Katrine's afternoon or morning. */
	record Client(WorkspaceView workspace, PersonView owner, PersonView manager, NewClientProfile profile,
			String currency, List<NewRate> rates, String scope, String targets, List<Shift> shifts) {
	}

	/** A span Katrine works for a client on a week day, in her time zone. */
	record Shift(DayOfWeek day, LocalTime from, LocalTime to) {
	}

	void load(PersonView katrine, WorkspaceView nordhavn, PersonView mette, PersonView soren, WorkspaceView elbtal,
			PersonView jens, PersonView anke) {
		LocalDate today = LocalDate.now(clock.withZone(katrine.timeZone()));
		LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
		LocalDate start = lastMonth.minusMonths(1);
		IssuerProfileView issuer = AsOwner.run(katrine,
				() -> contracts.createIssuerProfile(katrine.id(),
						new NewIssuerProfile(IssuerProfileView.Kind.PERSON, "Holm VA v/ Katrine Holm",
								"Strandboulevarden 122, 3. th.\n2100 København Ø", "DK", "DK16480894", null,
								IssuerProfileView.VatScheme.STANDARD, "katrine@holm-va.example", "+45 31 12 45 67",
								"Danske Bank", "DK5000400440116243", "DABADKKK", 14)));
		List<Client> clients = List.of(
				new Client(nordhavn, mette, soren,
						new NewClientProfile("Nordhavn Logistics ApS", "Sundkrogsgade 21\n2150 Nordhavn", "DK",
								"DK83960310", "bogholderi@nordhavn.example", null),
						"DKK", List.of(rate("325.00", start)),
						"Kundeservice og sporing på dansk: indbakke, forsinkelser, POD og bookinger.",
						"Første svar inden for 4 timer på 90 % af mails; ingen fejl i bookinger.",
						weekdays(LocalTime.of(8, 0), LocalTime.of(12, 0))),
				new Client(elbtal, jens, anke,
						new NewClientProfile("Elbtal Versand GmbH", "Königsbrücker Straße 96\n01099 Dresden", "DE",
								"DE669780013", "rechnung@elbtal-versand.example", "EV-2026-VA"),
						"EUR", List.of(rate("40.00", start), rate("42.00", lastMonth.withDayOfMonth(16))),
						"Kundenservice auf Deutsch und Englisch: Sendungsstatus, Zustellung, Reklamationen.",
						"Antwort innerhalb eines Werktags; Reklamationen am selben Tag erfasst.",
						List.of(new Shift(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(17, 30)),
								new Shift(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(17, 30)),
								new Shift(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)))));
		Random random = new Random(11);
		for (Client client : clients) {
			String slug = client.workspace().slug();
			AsOwner.run(client.owner(), () -> contracts.saveClientProfile(owner(slug), client.profile()));
			ContractView contract = AsOwner.run(client.owner(),
					() -> contracts.create(owner(slug),
							new NewContract(memberId(katrine, slug), issuer.id(), ContractKind.HOURLY,
									client.currency(), BillingPeriod.MONTHLY, start, null, start.plusMonths(1),
									client.targets(), null, client.scope(), null, null, client.rates(),
									List.of(ClauseKind.NDA, ClauseKind.IP_ASSIGNMENT, ClauseKind.AUDIT_RIGHTS))));
			AsOwner.run(katrine, () -> {
				for (ClauseKind clause : ClauseKind.values()) {
					contracts.acceptClause(mine(slug), contract.id(), clause, 1);
				}
				return null;
			});
			work(katrine, client, lastMonth, today, random);
			AsOwner.run(katrine, () -> invoicing.draft(mine(slug), contract.id().value(), lastMonth)
				.map(draft -> invoicing.issue(mine(slug), draft.id())));
		}
	}

	/**
	 * Katrine's time for the client from the first of last month to yesterday: each
	 * finished week submitted and approved, the current one left open.
	 */
	private void work(PersonView katrine, Client client, LocalDate from, LocalDate today, Random random) {
		String slug = client.workspace().slug();
		ZoneId zone = katrine.timeZone();
		List<WorkItemId> items = AsOwner.run(katrine,
				() -> work.queue(mine(slug), QueueFilter.open(), PageRequest.of(0, 12))
					.items()
					.stream()
					.map(QueueRow::id)
					.toList());
		LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		TreeSet<LocalDate> weeks = new TreeSet<>();
		Instant now = clock.instant();
		for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
			for (Shift shift : client.shifts()) {
				if (shift.day() != day.getDayOfWeek() || random.nextInt(12) == 0) {
					continue; // a day off now and then
				}
				for (NewTimeEntry entry : entries(day, shift, zone, items, random)) {
					if (entry.endedAt().isBefore(now)) {
						AsOwner.run(katrine, () -> time.addEntry(mine(slug), entry));
					}
				}
				weeks.add(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
			}
		}
		for (LocalDate monday : weeks.headSet(thisWeek)) {
			AsOwner.run(katrine, () -> sheets.submit(mine(slug), monday));
			AsOwner.run(client.manager(),
					() -> sheets.approve(approver(slug), new MemberId(memberId(katrine, slug)), monday));
		}
	}

	/**
	 * A shift cut into two or three pieces of work on items, ten minutes apart, the last
	 * ending up to ten minutes early.
	 */
	private static List<NewTimeEntry> entries(LocalDate day, Shift shift, ZoneId zone, List<WorkItemId> items,
			Random random) {
		List<NewTimeEntry> out = new ArrayList<>();
		int pieces = 2 + random.nextInt(2);
		long each = java.time.Duration.between(shift.from(), shift.to()).toMinutes() / pieces;
		for (int i = 0; i < pieces; i++) {
			LocalTime from = shift.from().plusMinutes(i * each);
			LocalTime to = i == pieces - 1 ? shift.to().minusMinutes(random.nextInt(3) * 5)
					: from.plusMinutes(each - 10);
			@Nullable WorkItemId item = items.isEmpty() ? null : items.get(random.nextInt(items.size()));
			out.add(new NewTimeEntry(day.atTime(from).atZone(zone).toInstant(), day.atTime(to).atZone(zone).toInstant(),
					item, true, null));
		}
		return out;
	}

	private static List<Shift> weekdays(LocalTime from, LocalTime to) {
		return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
			.stream()
			.map(d -> new Shift(d, from, to))
			.toList();
	}

	private static NewRate rate(String amount, LocalDate from) {
		return new NewRate(RateKind.HOURLY, null, from, new BigDecimal(amount));
	}

	private Membership owner(String slug) {
		return policy.require(slug, Permission.BILLING_MANAGE);
	}

	private Membership mine(String slug) {
		return policy.require(slug, Permission.TIME_TRACK);
	}

	private Membership approver(String slug) {
		return policy.require(slug, Permission.TIME_APPROVE);
	}

	private java.util.UUID memberId(PersonView person, String slug) {
		return AsOwner.run(person, () -> policy.require(slug, Permission.WORKSPACE_VIEW).member().id().value());
	}

}
