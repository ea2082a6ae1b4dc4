package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MailboxId;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One virtual thread per mailbox whose server offers IMAP IDLE: it waits in IDLE and
 * wakes the fetch as soon as the server announces new mail. Polling stays the fallback
 * (and catches anything IDLE missed), so a watcher that fails simply ends and is started
 * again on a later poll.
 */
@Component
public class IdleWatchers {

	private static final Logger log = LoggerFactory.getLogger(IdleWatchers.class);

	private final Mailboxes mailboxes;

	private final MailSessions sessions;

	private final Map<MailboxId, Thread> running = new ConcurrentHashMap<>();

	IdleWatchers(Mailboxes mailboxes, MailSessions sessions) {
		this.mailboxes = mailboxes;
		this.sessions = sessions;
	}

	/** Starts a watcher for the mailbox unless one runs; {@code onNewMail} fetches. */
	public void ensure(MailboxId id, Consumer<MailboxId> onNewMail) {
		running.computeIfAbsent(id,
				key -> Thread.ofVirtual().name("imap-idle-" + key).start(() -> watch(key, onNewMail)));
	}

	public boolean watching(MailboxId id) {
		return running.containsKey(id);
	}

	public void stopAll() {
		running.values().forEach(Thread::interrupt);
		running.clear();
	}

	private void watch(MailboxId id, Consumer<MailboxId> onNewMail) {
		try {
			Mailbox mailbox = mailboxes.find(id).filter(Mailbox::enabled).orElse(null);
			if (mailbox == null) {
				return;
			}
			try (Store store = sessions.imapForIdle(mailbox)) {
				if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
					return;
				}
				Folder folder = store.getFolder(Fetcher.FOLDER);
				folder.open(Folder.READ_ONLY);
				while (!Thread.currentThread().isInterrupted() && folder.isOpen()) {
					((IMAPFolder) folder).idle(true);
					onNewMail.accept(id);
				}
			}
		}
		catch (MessagingException | RuntimeException e) {
			log.debug("IDLE on mailbox {} ended: {}", id, e.getMessage());
		}
		finally {
			running.remove(id);
		}
	}

}
