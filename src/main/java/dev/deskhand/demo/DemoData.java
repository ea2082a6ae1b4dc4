package dev.deskhand.demo;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.NewWorkspace;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo set: Nordhavn Logistics ApS (Copenhagen) and Elbtal Versand GmbH (Dresden,
 * Saxony). Katrine Holm, a freelance assistant, works for both. Freja Lund's access is
 * limited to two customers and ends in 60 days, and she has not yet accepted Nordhavn's
 * NDA, so the NDA gate can be seen.
 */
@Component
class DemoData {

	static final String PASSWORD = "deskhand-demo-2026";
	static final List<String[]> LOGINS = List.of(new String[] { "mette@nordhavn.example", "Nordhavn: owner" },
			new String[] { "soren@nordhavn.example", "Nordhavn: manager" },
			new String[] { "line@nordhavn.example", "Nordhavn: employee" },
			new String[] { "katrine@holm-va.example", "assistant in Nordhavn and Elbtal" },
			new String[] { "freja@lund-support.example", "Nordhavn: assistant, scoped, NDA pending" },
			new String[] { "jens@elbtal-versand.example", "Elbtal: owner" },
			new String[] { "anke@elbtal-versand.example", "Elbtal: manager" });

	/** pg_advisory_xact_lock key: "deskhand demo" */
	private static final long LOCK = 0x6465736b_64656d6fL;

	private final WorkspaceManagement workspaces;

	private final JdbcClient jdbc;

	private final AccessManagement access;

	private final Clock clock;

	private final DemoWork work;

	private final DemoInbox inbox;

	private final DemoParties parties;

	private final DemoShipments shipments;

	private final DemoBilling billing;

	private final DemoHiring hiring;

	DemoData(WorkspaceManagement workspaces, AccessManagement access, Clock clock, DemoWork work, DemoInbox inbox,
			JdbcClient jdbc, DemoParties parties, DemoShipments shipments, DemoBilling billing, DemoHiring hiring) {
		this.billing = billing;
		this.hiring = hiring;
		this.shipments = shipments;
		this.parties = parties;
		this.work = work;
		this.inbox = inbox;
		this.jdbc = jdbc;
		this.workspaces = workspaces;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Loads the set into an empty database only; returns whether it did. One transaction:
	 * all or nothing.
	 */
	@Transactional
	boolean loadIfEmpty() {
		return loadUnless(() -> !workspaces.allWorkspaces().isEmpty());
	}

	/**
	 * Loads the set unless {@code present} says data is there, asked under a
	 * transaction-scoped advisory lock: two instances starting on one empty database
	 * queue here, and the second finds the first one's committed data and skips, instead
	 * of both loading and one failing on a duplicate key.
	 */
	@Transactional
	boolean loadUnless(BooleanSupplier present) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
		if (present.getAsBoolean()) {
			return false;
		}
		WorkspaceView nordhavn = workspaces.createWorkspace(new NewWorkspace("nordhavn", "Nordhavn Logistics ApS",
				"Europe/Copenhagen", "DK", null, "da",
				"""
						Fortrolighedsaftale (version 1)
						Alle oplysninger om Nordhavn Logistics ApS' kunder, forsendelser, priser og medarbejdere er \
						fortrolige. De må kun bruges til de opgaver, du er tildelt, må ikke deles med tredjepart og skal \
						slettes fra egne enheder, når opgaven er løst. Brud på aftalen kan medføre erstatningsansvar."""));
		WorkspaceView elbtal = workspaces
			.createWorkspace(new NewWorkspace("elbtal", "Elbtal Versand GmbH", "Europe/Berlin", "DE", "DE-SN", "de", """
					Vertraulichkeitsvereinbarung (Version 1)
					Alle Informationen über Kunden, Sendungen, Preise und Beschäftigte der Elbtal Versand GmbH sind \
					vertraulich. Sie dürfen nur für die zugewiesenen Aufgaben verwendet, nicht an Dritte weitergegeben \
					und müssen nach Abschluss der Aufgabe von eigenen Geräten gelöscht werden."""));

		PersonView mette = person("mette@nordhavn.example", "Mette Nørgaard", "da", "Europe/Copenhagen");
		PersonView soren = person("soren@nordhavn.example", "Søren Kjærgaard", "da", "Europe/Copenhagen");
		PersonView line = person("line@nordhavn.example", "Line Østergaard", "da", "Europe/Copenhagen");
		PersonView katrine = person("katrine@holm-va.example", "Katrine Holm", "en", "Europe/Lisbon");
		PersonView freja = person("freja@lund-support.example", "Freja Lund", "da", "Europe/Copenhagen");
		PersonView jens = person("jens@elbtal-versand.example", "Jens Richter", "de", "Europe/Berlin");
		PersonView anke = person("anke@elbtal-versand.example", "Anke Schubert", "de", "Europe/Berlin");

		MemberView metteM = join(nordhavn, mette, Role.OWNER, null, "mon-fri 08:00-16:00");
		join(nordhavn, soren, Role.MANAGER, metteM.id(), "mon-thu 07:30-15:30; fri 07:30-14:00");
		join(nordhavn, line, Role.EMPLOYEE, metteM.id(), "mon-fri 09:00-17:00");
		MemberView katrineN = join(nordhavn, katrine, Role.ASSISTANT, metteM.id(), "mon-fri 08:00-12:00, 13:00-17:00");
		workspaces.setSchedule(katrineN.id(), "Europe/Lisbon",
				WorkingPeriod.parseWeek("mon-fri 08:00-12:00, 13:00-17:00"), LocalTime.of(9, 0), LocalTime.of(11, 0));
		MemberView frejaM = workspaces.addPerson(nordhavn.id(), freja.id());
		access.grant(nordhavn.id(), frejaM.id(), Role.ASSISTANT, clock.instant().plus(60, ChronoUnit.DAYS),
				List.of(new ScopeRef("customer", "LEGO"), new ScopeRef("customer", "Carlsberg")), metteM.id());
		MemberView agent = workspaces.addAgent(nordhavn.id(), "Triage-agent", "Europe/Copenhagen");
		access.grant(nordhavn.id(), agent.id(), Role.AGENT, null, List.of(), metteM.id());

		MemberView jensM = join(elbtal, jens, Role.OWNER, null, "mon-fri 08:00-17:00");
		join(elbtal, anke, Role.MANAGER, jensM.id(), "mon-fri 07:00-15:30");
		MemberView katrineE = join(elbtal, katrine, Role.ASSISTANT, jensM.id(), "mon-wed 14:00-18:00");
		access.recordNdaAcceptance(nordhavn.id(), katrineN.id(), nordhavn.ndaVersion());
		access.recordNdaAcceptance(elbtal.id(), katrineE.id(), elbtal.ndaVersion());
		parties.load(nordhavn.slug(), mette, elbtal.slug(), jens);
		work.load(nordhavn.slug(), mette, "da", katrineN.id());
		work.load(elbtal.slug(), jens, "de", katrineE.id());
		// the shipments' tracking events are imported before the inbox's mails arrive
		// (both
		// after the load commits, in this order): the assistant drafts each mail's reply
		// once, when the mail is read, from the shipments as they are then
		shipments.load(nordhavn, mette, elbtal, jens);
		inbox.load(nordhavn, mette, elbtal, jens);
		billing.load(katrine, nordhavn, mette, soren, elbtal, jens, anke);
		hiring.load(nordhavn, mette);
		return true;
	}

	private PersonView person(String email, String name, String language, String zone) {
		return workspaces.registerPerson(email, name, PASSWORD, language, zone);
	}

	private MemberView join(WorkspaceView ws, PersonView person, Role role, @Nullable MemberId by, String hours) {
		MemberView m = workspaces.addPerson(ws.id(), person.id());
		access.grant(ws.id(), m.id(), role, null, List.of(), by);
		return workspaces.setSchedule(m.id(), person.timeZone().getId(), WorkingPeriod.parseWeek(hours), null, null);
	}

}
