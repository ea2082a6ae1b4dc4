package dev.deskhand.demo;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.BidStage;
import dev.deskhand.hiring.Bids;
import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.JobPosts;
import dev.deskhand.hiring.NewBid;
import dev.deskhand.hiring.NewJobPost;
import dev.deskhand.hiring.Pipeline;
import dev.deskhand.hiring.SampleFile;
import dev.deskhand.shared.InTransaction;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkspaceView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nordhavn's open job post, "Kundeservice på dansk og tysk" (customer e-mail in Danish
 * and German, 20 hours a week, at most 250 DKK an hour), with three bids as they arrive
 * from its public page: one from Copenhagen, one from Berlin above the maximum, one from
 * Manila; two of them shortlisted. The rest — scoring, the interview, the hire — is left
 * for whoever tries the demo. Bids are taken in transactions of their own, so the post is
 * written after the demo's load commits.
 */
@Component
class DemoHiring {

	private final AccessPolicy policy;

	private final JobPosts posts;

	private final Bids bids;

	private final Pipeline pipeline;

	private final Clock clock;

	/** Each step in a transaction of its own: after the load's commit, none is open. */
	private final TransactionTemplate transaction;

	DemoHiring(AccessPolicy policy, JobPosts posts, Bids bids, Pipeline pipeline, Clock clock,
			PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.policy = policy;
		this.posts = posts;
		this.bids = bids;
		this.pipeline = pipeline;
		this.clock = clock;
	}

	void load(WorkspaceView nordhavn, PersonView owner) {
		Runnable post = () -> AsOwner.run(owner, () -> {
			post(nordhavn);
			return null;
		});
		InTransaction.afterCommit(post);
	}

	private void post(WorkspaceView ws) {
		Membership m = policy.require(ws.slug(), Permission.HIRING_MANAGE);
		JobPostView post = transaction.execute(status -> posts.create(m, new NewJobPost("da",
				"Kundeservice på dansk og tysk",
				"""
						Nordhavn Logistics søger en virtuel assistent til vores fælles kundeservice-indbakke: svar på \
						danske og tyske kunders e-mails om forsendelser, leveringstider, POD'er og fakturaer, efter vores \
						SOP og med data fra vores track & trace. Ca. 20 timer om ugen, med overlap om formiddagen.""",
				List.of("email"), List.of("da", "de"), LocalTime.of(8, 0), LocalTime.of(12, 0), 20,
				new BigDecimal("250.00"), "DKK", ContractKind.HOURLY, 30, 120, 60,
				"Svar uden faktuelle fejl; eskalér skader og reklamationer samme dag.", List.of("customer:Carlsberg"),
				"""
						Besvar disse tre (anonymiserede) kundemails, som du ville gøre hos os:
						1. "Hej, vores palle med ordre 4711 skulle være leveret i går, men den er ikke kommet. Hvor \
						er den?"
						2. "Guten Tag, können Sie die Lieferung für Sendung NH-2291 auf Donnerstag verschieben? \
						Unser Lager ist Mittwoch geschlossen."
						3. "Vi har modtaget fakturaen, men beløbet passer ikke med tilbuddet. Kan I sende en \
						kreditnota?\"""", List.of(), LocalDate.now(clock.withZone(ws.timeZone())).plusDays(21))));
		transaction.executeWithoutResult(status -> posts.open(m, post.id()));
		BidId sofie = bid(post, "Sofie Lindberg", "sofie.lindberg@example.com", "240.00", "Europe/Copenhagen",
				"mon-fri 08:00-13:00", 20, List.of("da", "de", "en"), """
						Jeg har fire års erfaring fra kundeservice hos en dansk speditør og skriver flydende tysk \
						(to år i Hamborg). Jeg kan starte med det samme.""", """
						1. Hej, tak for din besked. Jeg har tjekket ordre 4711: pallen står på vores terminal i \
						Taulov efter en forsinket afhentning og leveres i morgen inden kl. 12. Jeg følger op i \
						morgen formiddag. Venlig hilsen
						2. Guten Tag, vielen Dank. Ich habe die Zustellung der Sendung NH-2291 auf Donnerstag \
						verlegt und die Bestätigung folgt. Mit freundlichen Grüßen
						3. Tak – jeg sender sagen til vores bogholderi med tilbuddet vedhæftet, og I hører fra os \
						senest i morgen.""", "kundesvar-eksempler.txt", """
						Eksempler på kundesvar (anonymiserede) fra Sofie Lindberg.
						Forsinket levering: undskyld, status, ny leveringstid, opfølgning.
						Adresseændring: bekræftelse af ny adresse og leveringsvindue.""");
		BidId jonas = bid(post, "Jonas Weber", "jonas.weber@example.de", "275.00", "Europe/Berlin",
				"mon-thu 09:00-15:00", 16, List.of("de", "da"), """
						Ich bin Speditionskaufmann mit zehn Jahren Erfahrung im Export nach Skandinavien und \
						spreche Dänisch auf Konversationsniveau.""", """
						1. Hej, tak for beskeden. Jeg undersøger ordre 4711 hos vognmanden og vender tilbage i dag.
						2. Guten Tag, gern verschieben wir die Zustellung von NH-2291 auf Donnerstag; Sie erhalten \
						das Zeitfenster per E-Mail.
						3. Vi ser på fakturaen og sender en kreditnota, hvis beløbet afviger fra tilbuddet.""",
				"arbeitsproben.txt", """
						Arbeitsproben von Jonas Weber: Kundenkorrespondenz zu Zollabfertigung, Lieferavis und \
						Reklamationen (anonymisiert).""");
		bid(post, "Maria Santos", "maria.santos@example.ph", "180.00", "Asia/Manila", "mon-fri 13:00-22:00", 20,
				List.of("en", "da"), """
						Virtual assistant since 2019 for two European freight forwarders; I have learnt Danish for \
						three years and write it with a dictionary at hand.""", """
						1. Hej, tak for din mail. Jeg tjekker ordre 4711 og skriver tilbage inden kl. 14.
						2. Guten Tag, ich prüfe, ob Donnerstag möglich ist, und melde mich heute.
						3. Hej, vi undersøger fakturaen og vender tilbage.""", "samples.txt", """
						Work samples by Maria Santos: customer replies, shipment status updates and carrier \
						follow-ups for European forwarders (anonymised).""");
		transaction.executeWithoutResult(status -> {
			pipeline.move(m, sofie, BidStage.SHORTLISTED, "Erfaring fra speditør, flydende tysk");
			pipeline.move(m, jonas, BidStage.SHORTLISTED, "Stærk på tysk; over maksimum – skal forhandles");
		});
	}

	private BidId bid(JobPostView post, String name, String email, String rate, String zone, String week, int hours,
			List<String> languages, String note, String answer, String sampleName, String sample) {
		return bids
			.submit(post.publicKey(),
					new NewBid(name, email, new BigDecimal(rate), zone, week, hours, languages, note, answer),
					List.of(new SampleFile(sampleName, sample.getBytes(StandardCharsets.UTF_8))), "demo")
			.bid()
			.id();
	}

}
