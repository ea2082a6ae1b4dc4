package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.FetchResult;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.shared.NotFoundException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches a mailbox's new messages over IMAP: only UIDs above the folder's last UID
 * (everything again when UIDVALIDITY changed — the dedupe key keeps it from doubling),
 * each message stored in one transaction together with the advanced last UID, so a fetch
 * killed at any point loses and doubles nothing. One instance at a time holds the
 * mailbox's fetch lease ({@link FetchLeases}). Never throws for a broken message: it is
 * stored with the problem.
 */
@Component
public class Fetcher {

	static final String FOLDER = "INBOX";

	private static final Logger log = LoggerFactory.getLogger(Fetcher.class);

	private final Mailboxes mailboxes;

	private final FolderStates folders;

	private final MessageStore store;

	private final MailSessions sessions;

	private final FetchLeases leases;

	private final MimeParser parser;

	private final InboxProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Fetcher(Mailboxes mailboxes, FolderStates folders, MessageStore store, MailSessions sessions, FetchLeases leases,
			InboxProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.mailboxes = mailboxes;
		this.folders = folders;
		this.store = store;
		this.sessions = sessions;
		this.leases = leases;
		this.parser = new MimeParser(properties.maxAttachmentBytes().toBytes());
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public FetchResult fetch(MailboxId id) {
		return fetch(id, properties.batchSize());
	}

	/** Fetches at most {@code limit} new messages. */
	public FetchResult fetch(MailboxId id, int limit) {
		Mailbox mailbox = mailboxes.find(id).orElseThrow(() -> new NotFoundException("No such mailbox"));
		Optional<FetchLeases.Lease> taken = leases.take(id);
		if (taken.isEmpty()) {
			return new FetchResult(0, 0, 0, "Another fetch of this mailbox is running; try again in a moment");
		}
		Counts counts = new Counts();
		String error = null;
		try (FetchLeases.Lease lease = taken.get(); Store imap = sessions.imap(mailbox)) {
			Folder folder = imap.getFolder(FOLDER);
			folder.open(Folder.READ_ONLY);
			try {
				fetchFolder(mailbox, folder, limit, lease, counts);
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | RuntimeException e) {
			error = ConnectionErrors.describe(e, mailbox.imap().host(), mailbox.imap().port());
			log.warn("Fetching {} failed: {}", mailbox.address(), error);
		}
		finally {
			mailboxes.recordFetch(id, clock.instant(), error);
		}
		return new FetchResult(counts.stored, counts.duplicates, counts.problems, error);
	}

	private void fetchFolder(Mailbox mailbox, Folder folder, int limit, FetchLeases.Lease lease, Counts counts)
			throws MessagingException {
		UIDFolder uids = (UIDFolder) folder;
		long validity = uids.getUIDValidity();
		long last = folders.lastUid(mailbox.id(), FOLDER, validity);
		Message[] messages = uids.getMessagesByUID(last + 1, UIDFolder.MAXUID);
		FetchProfile profile = new FetchProfile();
		profile.add(UIDFolder.FetchProfileItem.UID);
		profile.add(FetchProfile.Item.SIZE);
		folder.fetch(messages, profile);
		int done = 0;
		for (Message message : messages) {
			long uid = uids.getUID(message);
			if (uid <= last || done >= limit) {
				continue;
			}
			if (!lease.held()) {
				throw new IllegalStateException("the fetch lease ran out (the database did not answer the heartbeat "
						+ "or another instance took over): stopped, the next fetch resumes here");
			}
			ParsedMail mail = read(message);
			// when Deskhand got it: IMAP INTERNALDATE has whole seconds only and would
			// sort a quick answer
			// before the reply it answers
			Instant received = clock.instant();
			boolean stored = Boolean.TRUE.equals(transaction.execute(status -> {
				boolean isNew = store.storeReceived(mailbox, mail, received).isPresent();
				folders.advance(mailbox.id(), FOLDER, validity, uid);
				return isNew;
			}));
			counts.count(stored, mail);
			done++;
		}
	}

	/**
	 * The message's bytes parsed; a message over the size limit, or one the server cannot
	 * hand out, becomes a placeholder with its headers and the reason.
	 */
	private ParsedMail read(Message message) throws MessagingException {
		int size = message.getSize();
		long max = properties.maxMessageBytes().toBytes();
		if (size > max) {
			return parser.headersOnly(headers(message), size, "message of " + size / (1024 * 1024)
					+ " MiB is over the limit of " + max / (1024 * 1024) + " MiB: only its headers were kept");
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024));
			message.writeTo(out);
			return parser.parse(out.toByteArray());
		}
		catch (FolderClosedException | StoreClosedException e) {
			throw e;
		}
		catch (MessagingException | IOException | RuntimeException e) {
			return parser.headersOnly(headers(message), Math.max(size, 0),
					"the server could not hand out the message: " + e.getMessage());
		}
	}

	private static byte[] headers(Message message) throws MessagingException {
		StringBuilder sb = new StringBuilder();
		Enumeration<Header> all = message.getAllHeaders();
		while (all.hasMoreElements()) {
			Header h = all.nextElement();
			sb.append(h.getName()).append(": ").append(h.getValue()).append("\r\n");
		}
		return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static final class Counts {

		int stored;

		int duplicates;

		int problems;

		void count(boolean stored, ParsedMail mail) {
			if (stored) {
				this.stored++;
				if (mail.problem() != null) {
					problems++;
				}
			}
			else {
				duplicates++;
			}
		}

	}

}
