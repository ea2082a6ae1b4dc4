package dev.deskhand.inbox.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.inbox.FetchResult;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MessageId;
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
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
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

	/**
	 * Stores a message that reached the mailbox without a server (the demo inbox) as a
	 * fetched one is stored: parsed, threaded, kept once, {@code EmailReceived} published
	 * — in the caller's transaction.
	 * @return the new message, or empty when the mailbox already has it
	 */
	public Optional<MessageId> receive(Mailbox mailbox, byte[] raw, Instant receivedAt) {
		return store.storeReceived(mailbox, parser.parse(raw), raw, receivedAt);
	}

	/** Fetches at most {@code limit} new messages. */
	public FetchResult fetch(MailboxId id, int limit) {
		Mailbox mailbox = mailboxes.find(id).orElseThrow(() -> new NotFoundException(Text.of("notFound.mailbox")));
		Optional<FetchLeases.Lease> taken = leases.take(id);
		if (taken.isEmpty()) {
			return FetchResult.failed(0, 0, 0, Text.of("fetch.busy"));
		}
		Counts counts = new Counts();
		Text error = null;
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
			error = reason(e, mailbox);
			log.warn("Fetching mailbox {} failed on the {} side: {}", mailbox.id(),
					databaseFailure(e) ? "database" : "mail server", error);
		}
		finally {
			try {
				mailboxes.recordFetch(id, clock.instant(), error);
			}
			catch (RuntimeException e) {
				log.warn("Recording the fetch of mailbox {} failed on the database side: {}", id, e.getMessage());
			}
		}
		return error == null ? new FetchResult(counts.stored, counts.duplicates, counts.problems, null)
				: FetchResult.failed(counts.stored, counts.duplicates, counts.problems, error);
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
				throw new LeaseLost();
			}
			Read read = read(message);
			ParsedMail mail = read.mail();
			// when Deskhand got it: IMAP INTERNALDATE has whole seconds only and would
			// sort a quick answer
			// before the reply it answers
			Instant received = clock.instant();
			boolean stored = Boolean.TRUE.equals(transaction.execute(status -> {
				boolean isNew = store.storeReceived(mailbox, mail, read.raw(), received).isPresent();
				folders.advance(mailbox.id(), FOLDER, validity, uid);
				return isNew;
			}));
			counts.count(stored, mail);
			if (stored && mail.problem() != null) {
				log.warn("Mailbox {} UID {}: stored with a problem: {}", mailbox.id(), uid, mail.problemKinds());
			}
			done++;
		}
	}

	/**
	 * The message's bytes parsed; a message over the size limit, or one the server cannot
	 * hand out, becomes a placeholder with its headers and the reason.
	 */
	private Read read(Message message) throws MessagingException {
		int size = message.getSize();
		long max = properties.maxMessageBytes().toBytes();
		if (size > max) {
			return new Read(
					parser.headersOnly(headers(message), size, "message of " + size / (1024 * 1024)
							+ " MiB is over the limit of " + max / (1024 * 1024) + " MiB: only its headers were kept"),
					null);
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024));
			message.writeTo(out);
			byte[] raw = out.toByteArray();
			return new Read(parser.parse(raw), raw);
		}
		catch (FolderClosedException | StoreClosedException e) {
			throw e;
		}
		catch (MessagingException | IOException | RuntimeException e) {
			return new Read(parser.headersOnly(headers(message), Math.max(size, 0),
					"the server could not hand out the message: " + e.getMessage()), null);
		}
	}

	/**
	 * Which side failed, in words a person can act on: Deskhand's own database (nothing
	 * is lost: the next fetch resumes after the last stored message) or the mail server.
	 */
	static Text reason(Throwable e, Mailbox mailbox) {
		if (e instanceof LeaseLost) {
			return Text.of("fetch.leaseLost");
		}
		if (databaseFailure(e)) {
			Throwable cause = e;
			for (Throwable t = e; t != null; t = t.getCause()) {
				cause = t instanceof java.sql.SQLException ? t : cause;
			}
			String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
			int nl = message.indexOf('\n');
			message = nl < 0 ? message : message.substring(0, nl);
			return Text.of("fetch.databaseFailed", message.length() > 300 ? message.substring(0, 300) : message);
		}
		return ConnectionErrors.text(e, mailbox.imap().host(), mailbox.imap().port());
	}

	static boolean databaseFailure(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof LeaseLost
					|| t instanceof java.sql.SQLException) {
				return true;
			}
			if (t instanceof MessagingException || t instanceof IOException) {
				return false;
			}
		}
		return false;
	}

	/** The heartbeat could not renew the lease in time: stop before the next message. */
	static final class LeaseLost extends RuntimeException {

		LeaseLost() {
			super("The fetch stopped: its lease ran out (the database did not answer the heartbeat, or another "
					+ "instance took over). The next fetch resumes after the last stored message.");
		}

	}

	/** The parsed message and its raw bytes (null for a placeholder). */
	private record Read(ParsedMail mail, byte @org.jspecify.annotations.Nullable [] raw) {
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
