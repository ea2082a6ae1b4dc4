package dev.deskhand.demo;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Caller;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The demo's work: SOPs, saved replies in da/de/en, an SLA policy, the Friday inbox check
 * and a few open tasks, set up by each workspace's owner through the work module's
 * facades.
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

	void load(String slug, PersonView owner, String language, MemberId assistant) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new PreAuthenticatedAuthenticationToken(Caller.person(owner.id(), owner.displayName()),
					null, List.of(new SimpleGrantedAuthority("PERSON"))));
		try {
			Membership m = policy.require(slug, Permission.WORK_MANAGE);
			playbook(m, language);
			work.create(m,
					new NewWorkItem("travel",
							language.equals("de") ? "Hotel in Hamburg für die Messe buchen"
									: "Book hotel in Hamburg for the trade fair",
							Priority.HIGH, assistant, null, List.of("travel"), null, null, null));
			work.create(m,
					new NewWorkItem("data-entry",
							language.equals("de") ? "Lieferscheine der KW 47 erfassen"
									: "Enter the delivery notes of week 47",
							Priority.NORMAL, assistant, null, List.of("backoffice"), null, null, null));
			work.create(m, NewWorkItem.of("phone-call", language.equals("de") ? "Rückruf DB Schenker wegen Abholung"
					: "Call DSV back about the pickup in Aarhus"));
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private void playbook(Membership m, String language) {
		setup.publishSop(m, new NewSop("email", """
				1. Read the whole thread and find the order or tracking number.
				2. Look the shipment up before answering; never guess a date.
				3. Answer in the customer's language and give the reference.
				4. Set "waiting on customer" if you need something from them.""",
				List.of("Reference found", "Shipment looked up", "Answered in the customer's language"), false));
		setup.publishSop(m, new NewSop("travel", """
				Book within the travel policy: economy for trips under 6 hours, hotels up to 1,200 DKK a night.
				Send the booking confirmation to the traveller and file it under Documents.""",
				List.of("Policy checked", "Booked", "Confirmation sent"), true));
		setup.addSavedReply(m, "da", "Forsendelse undervejs",
				"Hej {{customer.name}}\n\nTak for din henvendelse. Din forsendelse er undervejs; vi vender tilbage med en "
						+ "leveringsdato. Reference: {{item.reference}}.\n\nVenlig hilsen\n{{agent.name}}");
		setup.addSavedReply(m, "de", "Sendung unterwegs",
				"Guten Tag {{customer.name}},\n\nvielen Dank für Ihre Nachricht. Ihre Sendung ist unterwegs; wir melden "
						+ "uns mit dem Liefertermin. Referenz: {{item.reference}}.\n\nMit freundlichen Grüßen\n{{agent.name}}");
		setup.addSavedReply(m, "en", "Shipment on its way",
				"Hi {{customer.name}},\n\nThank you for your message. Your shipment is on its way; we will come back with "
						+ "a delivery date. Reference: {{item.reference}}.\n\nBest regards\n{{agent.name}}");
		setup.addSlaPolicy(m, new NewSlaPolicy(null, language.equals("de") ? "Standard" : "Standard", null, null, 120,
				240, 1440, 0.8));
		setup.addRecurringTask(m, new NewRecurringTask("0 0 15 * * FRI", null, "inbox",
				language.equals("de") ? "Posteingang leeren" : "Keep the inbox empty", Priority.NORMAL, null));
	}

}
