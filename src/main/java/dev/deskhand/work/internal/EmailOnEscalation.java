package dev.deskhand.work.internal;

import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.work.EscalationChannel;
import dev.deskhand.work.EscalationRaised;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails an escalation to the member it names (or, for none, to the rule's fixed
 * address), from the workspace's mailbox through the inbox's outbox (so it is sent once,
 * with retries, after this transaction commits). The outbox row and the escalation's
 * effect key commit together, so a publication delivered twice (resubmitted, or handled
 * by two instances) queues one e-mail. A workspace without an enabled mailbox cannot
 * send: the publication fails and is resubmitted with back-off (so connecting a mailbox
 * soon still sends it); the in-app notification stands meanwhile.
 */
@Component
class EmailOnEscalation {

	private static final Logger log = LoggerFactory.getLogger(EmailOnEscalation.class);

	private final InboxManagement inbox;

	private final WorkspaceManagement workspaces;

	private final EscalationRules rules;

	private final Effects effects;

	private final Clock clock;

	private final Notifications notifications;

	EmailOnEscalation(InboxManagement inbox, WorkspaceManagement workspaces, EscalationRules rules, Effects effects,
			Clock clock, Notifications notifications) {
		this.notifications = notifications;
		this.inbox = inbox;
		this.rules = rules;
		this.workspaces = workspaces;
		this.effects = effects;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(EscalationRaised e) {
		if (e.channel() != EscalationChannel.EMAIL) {
			return;
		}
		String to = e.recipient() == null ? rules.emailToOf(e.rule()).orElse(null)
				: workspaces.findMember(e.recipient())
					// a person who turned e-mail notifications off keeps the in-app one
					.filter(m -> notifications.emailOn(m.person()))
					.map(MemberView::email)
					.orElse(null);
		if (to == null) {
			log.info("Escalation {} of item {}: no e-mail address for member {}, or e-mail turned off", e.rule(),
					e.item(), e.recipient());
			return;
		}
		if (!effects.once(Effects.of(e), clock.instant())) {
			log.debug("Escalation {} of item {} to {} was e-mailed already", e.rule(), e.item(), e.recipient());
			return;
		}
		// joins this transaction: a refusal (e.g. no enabled mailbox) rolls the effect
		// key back with it
		inbox.sendSystemMail(e.workspace(), null, to, subject(e.text()), e.text(), List.of());
	}

	/**
	 * The escalation's own one-line text, already in the recipient's language, so an
	 * inbox list shows what happened without opening the mail.
	 */
	static String subject(String text) {
		String line = "Deskhand: " + text.strip().replaceAll("\\s+", " ");
		return line.length() <= 160 ? line : line.substring(0, 159) + "…";
	}

}
