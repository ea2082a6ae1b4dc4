package dev.deskhand.demo;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.work.NewRecurringTask;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.Priority;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.PersonView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's work in the team's language (Danish at Nordhavn, German at Elbtal): SOPs
 * with checklists, saved replies (in the team's language and in English for foreign
 * customers), an SLA policy, the Friday inbox check and a few open tasks, set up by each
 * workspace's owner through the work module's facades.
 */
@Component
class DemoWork {

	private final AccessPolicy policy;

	private final WorkSetup setup;

	private final WorkQueue work;

	DemoWork(AccessPolicy policy, WorkSetup setup, WorkQueue work) {
		this.policy = policy;
		this.setup = setup;
		this.work = work;
	}

	/**
	 * @param language the team's language: {@code da} or {@code de}
	 */
	void load(String slug, PersonView owner, String language, MemberId assistant) {
		AsOwner.run(owner, () -> {
			Membership m = policy.require(slug, Permission.WORK_MANAGE);
			Playbook p = language.equals("de") ? GERMAN : DANISH;
			playbook(m, p);
			work.create(m, new NewWorkItem("travel", p.tasks().get(0), Priority.HIGH, assistant, null,
					List.of(p.tags().get(0)), null, null, null));
			work.create(m, new NewWorkItem("data-entry", p.tasks().get(1), Priority.NORMAL, assistant, null,
					List.of(p.tags().get(1)), null, null, null));
			work.create(m, NewWorkItem.of("phone-call", p.tasks().get(2)));
			return m;
		});
	}

	private void playbook(Membership m, Playbook p) {
		setup.publishSop(m, new NewSop("email", p.emailSop(), p.emailChecklist(), false));
		setup.publishSop(m, new NewSop("travel", p.travelSop(), p.travelChecklist(), true));
		for (String[] reply : p.replies()) {
			setup.addSavedReply(m, reply[0], reply[1], reply[2]);
		}
		setup.addSavedReply(m, "en", "Shipment on its way",
				"Hi {{customer.name}},\n\nThank you for your message. Your shipment is on its way; we will come back with "
						+ "a delivery date. Reference: {{item.reference}}.\n\nBest regards\n{{agent.name}}");
		setup.addSlaPolicy(m, new NewSlaPolicy(null, "Standard", null, null, 120, 240, 1440, 0.8));
		setup.addRecurringTask(m,
				new NewRecurringTask("0 0 15 * * FRI", null, "inbox", p.inboxTask(), Priority.NORMAL, null));
	}

	/** The texts of one team's playbook. */
	private record Playbook(String emailSop, List<String> emailChecklist, String travelSop,
			List<String> travelChecklist, List<String[]> replies, String inboxTask, List<String> tasks,
			List<String> tags) {
	}

	private static final Playbook DANISH = new Playbook("""
			## Kundemail

			1. Læs hele tråden, og find referencen: AWB, container-, booking- eller ordrenummer.
			2. Slå forsendelsen op hos fragtføreren, før du svarer; gæt aldrig en dato.
			3. Svar på kundens sprog, og giv altid referencen og den næste konkrete dato.
			4. Skader og fakturaspørgsmål: bed om dokumentation (billeder, opgørelse, POD) og giv sagen til Søren.
			5. Sæt "venter på kunde", hvis du mangler noget fra kunden.""",
			List.of("Reference fundet", "Forsendelsen slået op", "Svaret på kundens sprog"),
			"""
					Book inden for rejsepolitikken: økonomiklasse på rejser under 6 timer, hotel op til 1.200 kr. pr. nat.
					Send bookingbekræftelsen til den rejsende, og gem den under Dokumenter.""",
			List.of("Rejsepolitik tjekket", "Booket", "Bekræftelse sendt"),
			List.of(new String[] { "da", "Forsendelse undervejs",
					"Hej {{customer.name}}\n\nTak for din henvendelse. Din forsendelse er undervejs; vi vender tilbage med en "
							+ "leveringsdato. Reference: {{item.reference}}.\n\nVenlig hilsen\n{{agent.name}}\n"
							+ "Nordhavn Logistics ApS" },
					new String[] { "da", "POD vedhæftet",
							"Hej {{customer.name}}\n\nHermed den kvitterede POD for din levering. Reference: "
									+ "{{item.reference}}.\n\nVenlig hilsen\n{{agent.name}}\nNordhavn Logistics ApS" },
					new String[] { "da", "Ny leveringstid bekræftet",
							"Hej {{customer.name}}\n\nVi har flyttet leveringen som ønsket og bekræftet den nye tid med "
									+ "vognmanden. Reference: {{item.reference}}.\n\nVenlig hilsen\n{{agent.name}}\n"
									+ "Nordhavn Logistics ApS" }),
			"Tøm indbakken inden weekenden", List.of("Book hotel i Hamborg til messen", "Indtast fragtbreve fra uge 47",
					"Ring tilbage til DSV om afhentningen i Aarhus"),
			List.of("rejse", "backoffice"));

	private static final Playbook GERMAN = new Playbook("""
			## Kundenmail

			1. Den ganzen Verlauf lesen und die Referenz finden: Sendungs-, Auftrags- oder Lieferscheinnummer.
			2. Die Sendung beim Frachtführer nachsehen, bevor Sie antworten; nie ein Datum raten.
			3. In der Sprache des Kunden antworten, immer mit Referenz und dem nächsten festen Termin.
			4. Schäden und Rechnungsfragen: Nachweise anfordern (Fotos, Aufstellung, Ablieferbeleg) und an Anke geben.
			5. „Wartet auf Kunden" setzen, wenn Sie etwas vom Kunden brauchen.""",
			List.of("Referenz gefunden", "Sendung nachgesehen", "In der Sprache des Kunden geantwortet"),
			"""
					Im Rahmen der Reiserichtlinie buchen: Economy bei Reisen unter 6 Stunden, Hotels bis 150 € pro Nacht.
					Die Buchungsbestätigung an die reisende Person senden und unter Dokumente ablegen.""",
			List.of("Reiserichtlinie geprüft", "Gebucht", "Bestätigung gesendet"),
			List.of(new String[] { "de", "Sendung unterwegs",
					"Guten Tag {{customer.name}},\n\nvielen Dank für Ihre Nachricht. Ihre Sendung ist unterwegs; wir melden "
							+ "uns mit dem Liefertermin. Referenz: {{item.reference}}.\n\nMit freundlichen Grüßen\n"
							+ "{{agent.name}}\nElbtal Versand GmbH" },
					new String[] { "de", "Ablieferbeleg anbei",
							"Guten Tag {{customer.name}},\n\nanbei erhalten Sie den unterschriebenen Ablieferbeleg. "
									+ "Referenz: {{item.reference}}.\n\nMit freundlichen Grüßen\n{{agent.name}}\n"
									+ "Elbtal Versand GmbH" },
					new String[] { "de", "Neuer Liefertermin bestätigt",
							"Guten Tag {{customer.name}},\n\nwir haben die Zustellung wie gewünscht verschoben und den "
									+ "neuen Termin mit dem Frachtführer abgestimmt. Referenz: {{item.reference}}.\n\n"
									+ "Mit freundlichen Grüßen\n{{agent.name}}\nElbtal Versand GmbH" }),
			"Posteingang vor dem Wochenende leeren", List.of("Hotel in Hamburg für die Messe buchen",
					"Lieferscheine der KW 47 erfassen", "Rückruf DB Schenker wegen Abholung"),
			List.of("reise", "backoffice"));

}
