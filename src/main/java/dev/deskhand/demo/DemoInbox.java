package dev.deskhand.demo;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.MailboxView;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.shared.InTransaction;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkspaceView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo inbox: a mailbox per demo workspace that is not connected to a mail server
 * (disabled, never polled), and the e-mail a forwarder's customer service gets in a few
 * days, stored through the inbox's receive path as if fetched. The messages are real RFC
 * 5322 files under {@code demo/mail/<slug>/}; {@code index.txt} lists them oldest first
 * with their age in minutes at load time, from which their Date header and the time
 * received are set, so SLA clocks show a mix of on time, breaching soon and breached. The
 * mailboxes are created in the demo's transaction; the messages are stored after it
 * commits, one transaction each as the fetcher stores them, so their
 * {@code EmailReceived} listeners (the work items) run in small batches instead of one
 * burst of some hundred listeners competing for the connection pool. They are in by the
 * time the demo load returns; the work items follow a moment later.
 */
@Component
class DemoInbox {

	/** The demo mailbox of each demo workspace. */
	static final List<String[]> MAILBOXES = List.of(
			new String[] { "nordhavn", "kundeservice@nordhavn.example", "Nordhavn Logistics Kundeservice" },
			new String[] { "elbtal", "service@elbtal-versand.example", "Elbtal Versand Service" });

	private static final Pattern DATE = Pattern.compile("(?m)^Date: [^\r\n]*");

	private final AccessPolicy policy;

	private final InboxManagement inbox;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DemoInbox(AccessPolicy policy, InboxManagement inbox, Clock clock, PlatformTransactionManager transactions) {
		this.policy = policy;
		this.inbox = inbox;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Loads each workspace's demo inbox as that workspace's owner. */
	void load(WorkspaceView nordhavn, PersonView nordhavnOwner, WorkspaceView elbtal, PersonView elbtalOwner) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		List<Runnable> mail = List.of(AsOwner.run(nordhavnOwner, () -> mailbox(nordhavn, now)),
				AsOwner.run(elbtalOwner, () -> mailbox(elbtal, now)));
		InTransaction.afterCommit(() -> mail.forEach(Runnable::run));
	}

	/** Adds the workspace's demo mailbox; returns what stores its mail. */
	private Runnable mailbox(WorkspaceView workspace, Instant now) {
		Membership owner = policy.require(workspace.slug(), Permission.MAILBOXES_MANAGE);
		String[] box = MAILBOXES.stream().filter(m -> m[0].equals(workspace.slug())).findFirst().orElseThrow();
		MailboxView mailbox = inbox.addMailbox(owner,
				new NewMailbox(box[1], box[2], "imap." + domain(box[1]), 993, MailSecurity.TLS,
						"smtp." + domain(box[1]), 587, MailSecurity.STARTTLS, box[1], "demo mailbox, not connected",
						null, 300, false));
		return () -> {
			for (String line : read("demo/mail/" + workspace.slug() + "/index.txt").split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] entry = line.strip().split("\\s+");
				Instant received = now.minus(Duration.ofMinutes(Long.parseLong(entry[1])));
				byte[] raw = dated(bytes("demo/mail/" + workspace.slug() + "/" + entry[0]),
						received.minusSeconds(40).atZone(workspace.timeZone()));
				transaction.executeWithoutResult(status -> inbox.receiveRaw(owner, mailbox.id(), raw, received));
			}
		};
	}

	/**
	 * The message with its Date header set to {@code sent}: the files are ISO-8859-1-safe
	 * in their header, so the bytes are changed as Latin-1 text and the body is
	 * untouched.
	 */
	static byte[] dated(byte[] raw, ZonedDateTime sent) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		String head = end < 0 ? text : text.substring(0, end);
		String date = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(sent);
		head = DATE.matcher(head).replaceFirst(Matcher.quoteReplacement("Date: " + date));
		return (end < 0 ? head : head + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String domain(String address) {
		return address.substring(address.indexOf('@') + 1);
	}

	private static String read(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The demo mail " + path + " is missing", e);
		}
	}

}
