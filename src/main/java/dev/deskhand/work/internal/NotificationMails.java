package dev.deskhand.work.internal;

import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails notifications (mentions) grouped per person and item: a mention is due a few
 * minutes after it was made, and whatever else about the same item reached that person
 * before the mail goes out travels in the same mail, with a link to the item. The mail
 * goes through the inbox's outbox as system mail (a conversation of its own, never in the
 * customer's), in the person's language and time zone. Each group is claimed with
 * {@code for update skip locked} and marked done with the outbox row and its
 * {@code work.effect} key in one transaction, so two instances never send it twice.
 * Skipped (marked done without a mail): notifications already read, a person who turned
 * e-mail off, an agent, a workspace without an enabled mailbox.
 */
@Component
public class NotificationMails {

	private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Effects effects;

	private final InboxManagement inbox;

	private final WorkspaceManagement workspaces;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	NotificationMails(JdbcClient jdbc, TransactionTemplate tx, Effects effects, InboxManagement inbox,
			WorkspaceManagement workspaces, Notifications notifications, MessageSource messages, Clock clock,
			@Value("${deskhand.public-url:}") String publicUrl, @Value("${server.port:8080}") int port) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.effects = effects;
		this.inbox = inbox;
		this.workspaces = workspaces;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.replaceAll("/+$", "");
	}

	private record Group(UUID member, UUID item) {
	}

	private record Row(long id, UUID workspace, String kind, String actor, String text, Instant at, boolean read,
			long number, String title) {
	}

	@Scheduled(fixedDelayString = "${deskhand.work.notification-mail-interval:PT30S}", initialDelayString = "PT20S")
	void scheduled() {
		send(clock.instant());
	}

	/** Sends every group due at {@code now}; returns how many mails it queued. */
	public int send(Instant now) {
		List<Group> due = jdbc
			.sql("select distinct member_id, item_id from work.notification where email_due_at <= ? "
					+ "and emailed_at is null limit 200")
			.param(Timestamp.from(now))
			.query((rs, n) -> new Group(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		int sent = 0;
		for (Group g : due) {
			try {
				sent += Boolean.TRUE.equals(tx.execute(s -> sendOne(g, now, true))) ? 1 : 0;
			}
			catch (InvalidInputException e) {
				// no enabled mailbox to send from: the in-app notification stands
				log.info("Notifications of member {} on item {} not e-mailed: {}", g.member(), g.item(),
						e.getMessage());
				tx.executeWithoutResult(s -> sendOne(g, now, false));
			}
		}
		return sent;
	}

	private boolean sendOne(Group g, Instant now, boolean mail) {
		List<Row> rows = jdbc.sql("""
				select n.id, n.workspace_id, n.kind, n.actor_name, n.text, n.created_at, n.read_at is not null,
				    i.number, i.title
				from work.notification n join work.item i on i.id = n.item_id
				where n.member_id = ? and n.item_id = ? and n.emailed_at is null and n.email_due_at is not null
				order by n.id for update of n skip locked""")
			.params(g.member(), g.item())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getBoolean(7), rs.getLong(8), rs.getString(9)))
			.list();
		if (rows.isEmpty()) {
			return false;
		}
		jdbc.sql("update work.notification set emailed_at = ? where id = any(?)")
			.params(Timestamp.from(now), rows.stream().map(Row::id).toArray(Long[]::new))
			.update();
		List<Row> unread = rows.stream().filter(r -> !r.read()).toList();
		MemberView member = workspaces.findMember(new MemberId(g.member())).orElse(null);
		if (!mail || unread.isEmpty() || member == null || member.email() == null || member.person() == null
				|| !notifications.emailOn(member.person())) {
			return false;
		}
		String key = "notification-mail/" + g.member() + "/" + rows.getFirst().id() + "-" + rows.getLast().id();
		if (!effects.once(key, now)) {
			return false;
		}
		WorkspaceView ws = workspaces.findWorkspace(new WorkspaceId(rows.getFirst().workspace())).orElseThrow();
		Locale locale = workspaces.findPerson(member.person())
			.map(PersonView::language)
			.map(Locale::forLanguageTag)
			.orElse(Locale.forLanguageTag(ws.defaultLanguage()));
		Row first = unread.getFirst();
		String reference = WorkItem.reference(first.number());
		String subject = message("notifyMail.subject", locale, reference, first.title(), unread.size());
		StringBuilder body = new StringBuilder(message("notifyMail.intro", locale, reference, first.title(), ws.name()))
			.append("\n\n");
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(member.timeZone());
		for (Row r : unread) {
			String line = "MENTION".equals(r.kind()) ? message("notifyMail.mention", locale, r.actor(), r.text())
					: r.text();
			body.append("• ").append(when.format(r.at())).append(" — ").append(line).append("\n\n");
		}
		body.append(message("notifyMail.open", locale, publicUrl + "/w/" + ws.slug() + "/items/" + g.item()))
			.append("\n\n")
			.append(message("notifyMail.settings", locale, publicUrl + "/profile"));
		inbox.sendSystemMail(ws.id(), null, member.email(), subject, body.toString(), List.of());
		return true;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
