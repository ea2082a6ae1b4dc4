package dev.deskhand.inbox;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeKind;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.inbox.internal.Conversations;
import dev.deskhand.inbox.internal.Conversations.Inbound;
import dev.deskhand.inbox.internal.ConversationsNaming;
import dev.deskhand.inbox.internal.CredentialCipher;
import dev.deskhand.inbox.internal.Fetcher;
import dev.deskhand.inbox.internal.InboxProperties;
import dev.deskhand.inbox.internal.Mailbox;
import dev.deskhand.inbox.internal.MailboxRules;
import dev.deskhand.inbox.internal.Mailboxes;
import dev.deskhand.inbox.internal.OAuthSignIns;
import dev.deskhand.inbox.internal.OAuthTokens;
import dev.deskhand.inbox.internal.Outbox;
import dev.deskhand.inbox.internal.Replies;
import dev.deskhand.inbox.internal.ServerCheck;
import dev.deskhand.inbox.internal.Signatures;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.OutboundAddresses;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.PersonId;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox's facade. Callers pass the {@link Membership} from
 * {@code AccessPolicy.require}; every method checks its permission again and the mailbox
 * scope ({@code mailbox:ADDRESS}): a scoped member sees only the mailboxes and
 * conversations of their scopes, and anything else answers like something that does not
 * exist ({@link NotFoundException}). Changes publish an {@link AuditableChange} (never a
 * credential); reading mailbox settings or a conversation is recorded as a
 * {@link SensitiveRead}.
 */
@Service
public class InboxManagement {

	private static final int MAX_BODY = 100_000;

	private final Mailboxes mailboxes;

	private final CredentialCipher cipher;

	private final Conversations conversations;

	private final Outbox outbox;

	private final Replies replies;

	private final Signatures signatures;

	private final Fetcher fetcher;

	private final ServerCheck servers;

	private final OAuthTokens tokens;

	private final OAuthSignIns signIns;

	private final InboxProperties properties;

	private final TransactionTemplate transaction;

	private final DocumentStore documents;

	private final SensitiveReadLog reads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OutboundAddresses outbound;

	private final ConversationsNaming naming;

	InboxManagement(Mailboxes mailboxes, CredentialCipher cipher, Conversations conversations, Outbox outbox,
			Replies replies, Signatures signatures, Fetcher fetcher, ServerCheck servers, OAuthTokens tokens,
			OAuthSignIns signIns, InboxProperties properties, PlatformTransactionManager transactions,
			DocumentStore documents, SensitiveReadLog reads, ApplicationEventPublisher events, Clock clock,
			OutboundAddresses outbound, ConversationsNaming naming) {
		this.mailboxes = mailboxes;
		this.cipher = cipher;
		this.conversations = conversations;
		this.outbox = outbox;
		this.replies = replies;
		this.signatures = signatures;
		this.fetcher = fetcher;
		this.servers = servers;
		this.tokens = tokens;
		this.signIns = signIns;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.documents = documents;
		this.reads = reads;
		this.events = events;
		this.clock = clock;
		this.outbound = outbound;
		this.naming = naming;
	}

	/**
	 * Adds a mailbox; the password (or, with XOAUTH2, the refresh token and the client
	 * secret) is encrypted before it is stored. An XOAUTH2 mailbox with an authorization
	 * endpoint may come without a refresh token: it is connected by
	 * {@link #startOAuthSignIn signing in} through the browser.
	 * @throws InvalidInputException for a bad field (pointer as in {@link NewMailbox}) or
	 * an address the workspace already has
	 */
	@Transactional
	public MailboxView addMailbox(Membership caller, NewMailbox settings) {
		require(caller, Permission.MAILBOXES_MANAGE);
		NewMailbox s = MailboxRules.check(settings, true, outbound);
		WorkspaceId workspace = caller.workspace().id();
		checkScope(caller, s.address());
		if (mailboxes.addressTaken(workspace, s.address(), null)) {
			throw new InvalidInputException("/address", Text.of("input.mailboxExists", s.address()));
		}
		MailboxId id = MailboxId.random();
		Mailbox mailbox = build(id, workspace, s,
				s.password() == null ? CredentialCipher.Sealed.none() : cipher.seal(workspace, id, s.password()),
				oauth(workspace, id, s, null), null);
		mailboxes.insert(mailbox);
		events.publishEvent(
				AuditableChange.created(workspace, "mailbox", id, mailbox.view(), "Added mailbox " + s.address()));
		return mailbox.view();
	}

	/**
	 * Replaces a mailbox's settings; a null or empty password keeps the stored one, a
	 * null trusted certificate keeps the stored one and a blank one removes it. Switching
	 * to XOAUTH2 with an authorization endpoint and no refresh token leaves the mailbox
	 * waiting for a browser sign-in.
	 * @throws NotFoundException if the caller does not see the mailbox
	 */
	@Transactional
	public MailboxView updateMailbox(Membership caller, MailboxId id, NewMailbox settings) {
		require(caller, Permission.MAILBOXES_MANAGE);
		Mailbox before = visible(caller, id);
		AuthKind kind = settings.authKind() == null ? AuthKind.PASSWORD : settings.authKind();
		NewMailbox s = MailboxRules.check(
				settings.trustedCertificate() != null ? settings
						: settings.with(settings.password(), before.trustedCertificate()),
				kind != before.authKind(), outbound);
		checkScope(caller, s.address());
		if (mailboxes.addressTaken(before.workspace(), s.address(), id)) {
			throw new InvalidInputException("/address", Text.of("input.mailboxExists", s.address()));
		}
		var credential = s.password() != null ? cipher.seal(before.workspace(), id, s.password())
				: kind != before.authKind() ? CredentialCipher.Sealed.none() : before.credential();
		Mailbox after = build(id, before.workspace(), s, credential, oauth(before.workspace(), id, s, before), before);
		String what = s.authKind() == AuthKind.XOAUTH2 ? " (new refresh token)" : " (new password)";
		replace(before, after, "Changed mailbox " + after.address() + (s.password() == null ? "" : what));
		return after.view();
	}

	/** Stops fetching and sending for the mailbox; its conversations stay. */
	@Transactional
	public MailboxView disableMailbox(Membership caller, MailboxId id) {
		require(caller, Permission.MAILBOXES_MANAGE);
		Mailbox before = visible(caller, id);
		Mailbox after = new Mailbox(id, before.workspace(), before.address(), before.displayName(), before.imap(),
				before.smtp(), before.username(), before.authKind(), before.credential(), before.trustedCertificate(),
				before.pollSeconds(), false, before.lastFetchAt(), before.lastFetchOk(), before.lastFetchError(),
				before.createdAt(), before.oauth());
		replace(before, after, "Disabled mailbox " + before.address());
		return after.view();
	}

	/**
	 * Starts signing an XOAUTH2 mailbox in through the browser: an authorization request
	 * with PKCE (S256) and a state that is bound to the caller, the workspace and the
	 * mailbox, works once and expires after {@code deskhand.inbox.oauth-sign-in-timeout}
	 * (10 minutes).
	 * @param redirectUri where the provider sends the browser back
	 * ({@code …/oauth/mailbox/callback}); registered with the provider
	 * @return the provider's URL to send the browser to
	 * @throws InvalidInputException when the mailbox does not sign in with OAuth or has
	 * no authorization endpoint
	 */
	public URI startOAuthSignIn(Membership caller, MailboxId id, String redirectUri) {
		require(caller, Permission.MAILBOXES_MANAGE);
		Mailbox mailbox = visible(caller, id);
		PersonId person = caller.member().person();
		if (person == null) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.personSignsIn"));
		}
		if (mailbox.oauth() == null || mailbox.oauth().authorizationUri() == null) {
			throw new InvalidInputException("/oauthAuthorizationUri", Text.of("input.oauthSignInHere"));
		}
		return signIns.start(mailbox, person, redirectUri, clock.instant(), properties.oauthSignInTimeout());
	}

	/**
	 * Takes the state a provider sent back: it is used up now, whatever comes next.
	 * @param caller the signed-in person presenting it
	 * @throws OAuthSignInException when the state is unknown, someone else's, used before
	 * or expired: the callback must not be used and nothing is stored
	 */
	public OAuthSignIn claimOAuthSignIn(@Nullable PersonId caller, @Nullable String state) {
		return signIns.claim(state, caller, clock.instant());
	}

	/**
	 * Completes a claimed sign-in for the person who started it, while they may still
	 * manage the workspace's mailboxes: exchanges the code at the token endpoint with the
	 * PKCE verifier and stores the refresh token as a pasted one is stored (sealed, the
	 * cached access token forgotten, an audit entry), with who signed in and when.
	 * @param code the provider's authorization code; null when it sent {@code error}
	 * @param error the provider's error ({@code access_denied}, ...) with its
	 * {@code errorDescription}
	 * @throws OAuthSignInException when the provider refused, the code was not exchanged
	 * or no refresh token came; nothing is stored
	 */
	public MailboxView completeOAuthSignIn(Membership caller, OAuthSignIn signIn, @Nullable String code,
			@Nullable String error, @Nullable String errorDescription) {
		require(caller, Permission.MAILBOXES_MANAGE);
		if (!signIn.workspace().equals(caller.workspace().id()) || !signIn.person().equals(caller.member().person())) {
			throw new OAuthSignInException(OAuthSignInException.Reason.OTHER_PERSON, null, null);
		}
		Mailbox mailbox = visible(caller, signIn.mailbox());
		Mailbox.OAuthClient client = oauthClient(mailbox);
		if (error != null || code == null || code.isBlank()) {
			String detail = error == null ? "no authorization code" : shorten(error)
					+ (errorDescription == null || errorDescription.isBlank() ? "" : ": " + shorten(errorDescription));
			throw new OAuthSignInException(OAuthSignInException.Reason.PROVIDER_REFUSED, client.provider(), detail);
		}
		OAuthSignIns.Pending pending = signIns.pending(signIn);
		OAuthTokens.Granted granted = tokens.exchangeCode(mailbox, code, pending.verifier(), pending.redirectUri());
		String account = granted.account() != null ? granted.account() : mailbox.username();
		MailboxView connected = transaction.execute(status -> {
			Mailbox before = visible(caller, signIn.mailbox());
			Mailbox after = before.with(cipher.seal(before.workspace(), before.id(), granted.refreshToken()),
					oauthClient(before).connected(account, clock.instant().truncatedTo(ChronoUnit.MICROS)));
			replace(before, after, "Connected mailbox " + after.address() + " by signing in with " + client.provider()
					+ " as " + account + " (new refresh token)");
			return after.view();
		});
		return Objects.requireNonNull(connected);
	}

	/** The mailboxes the caller sees, by address; recorded as a sensitive read. */
	@Transactional(readOnly = true)
	public List<MailboxView> mailboxes(Membership caller) {
		require(caller, Permission.MAILBOXES_MANAGE);
		List<MailboxView> seen = mailboxes.ofWorkspace(caller.workspace().id())
			.stream()
			.filter(m -> caller.sees(scope(m.address())))
			.map(Mailbox::view)
			.toList();
		reads.record(new SensitiveRead(caller.workspace().id(), "mailbox-settings", "all", "list mailboxes"));
		return seen;
	}

	/**
	 * Why the caller's mailboxes last failed to fetch, as texts of the bundles (the
	 * mailboxes page says them in the reader's language).
	 */
	@Transactional(readOnly = true)
	public Map<MailboxId, Text> fetchReasons(Membership caller) {
		require(caller, Permission.MAILBOXES_MANAGE);
		return mailboxes.fetchReasons(caller.workspace().id());
	}

	/** One mailbox's settings; recorded as a sensitive read. */
	@Transactional(readOnly = true)
	public MailboxView mailbox(Membership caller, MailboxId id) {
		require(caller, Permission.MAILBOXES_MANAGE);
		Mailbox mailbox = visible(caller, id);
		reads.record(new SensitiveRead(caller.workspace().id(), "mailbox-settings", id.toString(), "read mailbox"));
		return mailbox.view();
	}

	/**
	 * Signs in to the IMAP and SMTP servers with the stored settings and says what
	 * failed.
	 */
	public ConnectionCheck testConnection(Membership caller, MailboxId id) {
		require(caller, Permission.MAILBOXES_MANAGE);
		return servers.check(visible(caller, id));
	}

	/** Fetches new mail now (also for a disabled mailbox) and reports what happened. */
	public FetchResult fetchNow(Membership caller, MailboxId id) {
		require(caller, Permission.MAILBOXES_MANAGE);
		return fetcher.fetch(visible(caller, id).id());
	}

	/**
	 * Stores a raw RFC 5322 message in the mailbox as if it had been fetched (same
	 * parser, threading, dedupe by Message-ID, attachments, {@link EmailReceived}), for
	 * mail that comes without a mail server: the demo inbox. Also for a disabled mailbox.
	 * @param receivedAt when it counts as received (a work item's SLA clock starts here)
	 * @return the new message, or empty when the mailbox already has it
	 */
	@Transactional
	public Optional<MessageId> receiveRaw(Membership caller, MailboxId id, byte[] raw, Instant receivedAt) {
		require(caller, Permission.MAILBOXES_MANAGE);
		return fetcher.receive(visible(caller, id), raw, receivedAt);
	}

	/**
	 * A conversation with its messages, oldest first; recorded as a sensitive read
	 * (customer contact data).
	 * @throws NotFoundException if it does not exist or is in a mailbox the caller does
	 * not see
	 */
	@Transactional(readOnly = true)
	public ConversationView conversation(Membership caller, ConversationId id) {
		require(caller, Permission.INBOX_VIEW);
		Mailbox mailbox = mailboxOf(caller, id);
		reads.record(new SensitiveRead(caller.workspace().id(), "conversation", id.toString(), "read conversation"));
		return conversations.view(id, mailbox.address());
	}

	/**
	 * The conversations the caller may read (the rule of {@link #conversation}) that are
	 * one of {@code conversations} or whose messages or attachments' names carry one of
	 * {@code references} (as the search reads references, but whole: "S-12" is not found
	 * in mail about S-123), newest first by their last message, at most {@code limit}:
	 * for another module's page, e.g. the e-mails about a shipment. None without
	 * {@code INBOX_VIEW}. Subjects and senders, as a search shows them, so not recorded
	 * as a sensitive read (opening one is).
	 */
	@Transactional(readOnly = true)
	public List<ConversationSummary> conversationsAbout(Membership caller, Collection<ConversationId> conversations,
			Collection<String> references, int limit) {
		if (!caller.can(Permission.INBOX_VIEW)) {
			return List.of();
		}
		return naming.find(caller, conversations, references, limit);
	}

	/**
	 * Queues a reply to the conversation's latest received message, in the caller's
	 * transaction (a work item's change and its reply commit together): From the mailbox,
	 * To its sender (or Reply-To), Subject "Re: …" once, In-Reply-To and References, the
	 * author's signature appended. Sent after commit by the outbox.
	 * @param automatic true when no person wrote it (e.g. an assistant's auto-answer): it
	 * is refused for automated messages (auto-replies, bulk, lists) so no mail loop can
	 * start, refused when the conversation has had an automatic message the same day
	 * (UTC), and sent with {@code Auto-Submitted: auto-replied}
	 * @throws InvalidInputException for {@code /body}, {@code /attachments} or
	 * {@code /automatic}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public OutgoingId queueReply(Membership author, ConversationId conversation, String body,
			List<DocumentId> attachments, boolean automatic) {
		require(author, Permission.INBOX_VIEW);
		Mailbox mailbox = mailboxOf(author, conversation);
		checkBody(body);
		Inbound inbound = conversations.lastInbound(conversation)
			.orElseThrow(() -> new InvalidInputException("/conversation", Text.of("input.noReceived")));
		if (automatic && inbound.automated()) {
			throw new InvalidInputException("/automatic", Text.of("input.noAutoReply", inbound.automatedReason()));
		}
		for (DocumentId document : attachments) {
			if (documents.find(author, document).isEmpty()) {
				throw new InvalidInputException("/attachments",
						Text.of("input.noSuchDocument", String.valueOf(document)));
			}
		}
		// a mailbox that is not connected still queues; the outbox holds it until it is
		String replyTo = inbound.headers().get("Reply-To");
		String to = replyTo == null ? inbound.fromAddress() : firstAddress(replyTo, inbound.fromAddress());
		String name = author.member().displayName();
		String signature = Signatures.combine(signatures.of(author.workspace().id(), author.member().id()),
				signatures.ofMailbox(mailbox.id()), name, mailbox.displayName(), mailbox.address());
		String fromName = Signatures.fromName(signatures.fromNameOf(author.workspace().id(), author.member().id()),
				name, mailbox.displayName(), mailbox.address());
		String text = signature.isBlank() ? body.strip() : body.strip() + "\n\n-- \n" + signature.strip();
		return replies.queue(mailbox, conversation,
				new Replies.Envelope(List.of(to), List.of(), List.of(), fromName, null),
				replySubject(inbound.subject()), text, inbound.rfcMessageId(), conversations.messageIds(conversation),
				attachments, automatic, author.member().id().toString());
	}

	/**
	 * The address system mail of the workspace goes out from (its first enabled mailbox),
	 * e.g. to name it as a calendar invitation's organiser; empty when it cannot send.
	 */
	@Transactional(readOnly = true)
	public Optional<String> systemSender(WorkspaceId workspace) {
		return mailboxes.ofWorkspace(workspace).stream().filter(Mailbox::enabled).findFirst().map(Mailbox::address);
	}

	/**
	 * Sends mail on behalf of the system (e.g. an invoice), in the caller's transaction.
	 * It starts a conversation of its own, so the recipient's answer threads into it, and
	 * is marked {@code Auto-Submitted: auto-generated}.
	 * @param mailbox the sending mailbox; null for the workspace's first enabled mailbox
	 * @param attachments documents of the workspace
	 * @throws InvalidInputException for {@code /to}, {@code /subject}, {@code /body} or
	 * {@code /mailbox}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public OutgoingId sendSystemMail(WorkspaceId workspace, @Nullable MailboxId mailbox, String to, String subject,
			String body, List<DocumentId> attachments) {
		return sendSystemMail(workspace, mailbox, null, to, subject, body, attachments).outgoing();
	}

	/**
	 * As {@link #sendSystemMail(WorkspaceId, MailboxId, String, String, String, List)},
	 * the new conversation filed under {@code party} (a customer's delay notice: it is on
	 * the customer's communication record, and the customer's answer threads into it).
	 * @return the new conversation and its outgoing mail
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public NewConversation sendSystemMail(WorkspaceId workspace, @Nullable MailboxId mailbox, @Nullable PartyId party,
			String to, String subject, String body, List<DocumentId> attachments) {
		Mailbox from = (mailbox == null ? mailboxes.ofWorkspace(workspace).stream().filter(Mailbox::enabled).findFirst()
				: mailboxes.find(workspace, mailbox).filter(Mailbox::enabled))
			.orElseThrow(() -> new InvalidInputException("/mailbox", Text.of("input.noMailbox")));
		String recipient = MailboxRules.address(to, "/to");
		if (subject.isBlank() || subject.length() > 500) {
			throw new InvalidInputException("/subject", Text.of("input.subject"));
		}
		checkBody(body);
		ConversationId conversation = ConversationId.random();
		conversations.create(conversation, from, subject.strip(), recipient, clock.instant());
		if (party != null) {
			conversations.fileUnder(conversation, party);
		}
		OutgoingId outgoing = replies.queue(from, conversation, List.of(recipient), subject.strip(), body.strip(), null,
				List.of(), attachments, true, null);
		return new NewConversation(conversation, outgoing, subject.strip(), recipient, from.address());
	}

	/**
	 * As {@link #sendSystemMail(WorkspaceId, MailboxId, String, String, String, List)},
	 * with a {@code Reply-To} header, so the recipient's answer goes to {@code replyTo}
	 * (an invoice's issuer) rather than to the workspace's mailbox.
	 * @throws InvalidInputException also for {@code /replyTo}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public OutgoingId sendSystemMail(WorkspaceId workspace, @Nullable MailboxId mailbox, String to, String subject,
			String body, List<DocumentId> attachments, String replyTo) {
		Mailbox from = (mailbox == null ? mailboxes.ofWorkspace(workspace).stream().filter(Mailbox::enabled).findFirst()
				: mailboxes.find(workspace, mailbox).filter(Mailbox::enabled))
			.orElseThrow(() -> new InvalidInputException("/mailbox", Text.of("input.noMailbox")));
		String recipient = MailboxRules.address(to, "/to");
		String answerTo = MailboxRules.address(replyTo, "/replyTo");
		if (subject.isBlank() || subject.length() > 500) {
			throw new InvalidInputException("/subject", Text.of("input.subject"));
		}
		checkBody(body);
		ConversationId conversation = ConversationId.random();
		conversations.create(conversation, from, subject.strip(), recipient, clock.instant());
		return replies.queue(from, conversation,
				new Replies.Envelope(List.of(recipient), List.of(), List.of(), from.displayName(), null, answerTo),
				subject.strip(), body.strip(), null, List.of(), attachments, true, null);
	}

	/**
	 * The conversation a message of the workspace is in, with its messages oldest first,
	 * for the assistant acting as the system (a draft reads the mail it answers and what
	 * was written earlier, e.g. an ETA promised); empty when the message is not in the
	 * workspace.
	 */
	@Transactional(readOnly = true)
	public Optional<ConversationView> conversationOf(WorkspaceId workspace, MessageId message) {
		return conversations.ofMessage(workspace, message)
			.flatMap(c -> conversations.mailboxOf(c)
				.flatMap(b -> mailboxes.find(workspace, b))
				.map(b -> conversations.view(c, b.address())));
	}

	/**
	 * The outbox entries of a conversation, oldest first: status, attempts, last error.
	 */
	@Transactional(readOnly = true)
	public List<OutgoingView> outgoing(Membership caller, ConversationId conversation) {
		require(caller, Permission.INBOX_VIEW);
		mailboxOf(caller, conversation);
		return outbox.ofConversation(conversation);
	}

	/** The caller's own signature in this workspace (empty when none). */
	@Transactional(readOnly = true)
	public String signature(Membership caller) {
		require(caller, Permission.INBOX_VIEW);
		return signatures.of(caller.workspace().id(), caller.member().id());
	}

	/** Sets the caller's own signature in this workspace (at most 2000 characters). */
	@Transactional
	public void setSignature(Membership caller, String text) {
		require(caller, Permission.INBOX_VIEW);
		if (text.length() > 2000) {
			throw new InvalidInputException("/signature", Text.of("input.signatureLength"));
		}
		String before = signatures.of(caller.workspace().id(), caller.member().id());
		signatures.set(caller.workspace().id(), caller.member().id(), text.strip());
		events.publishEvent(AuditableChange.updated(caller.workspace().id(), "signature", caller.member().id(), before,
				text.strip(), "Changed e-mail signature"));
	}

	/**
	 * The body text of a received message, for the work module's inbound rules (a system
	 * read inside the server: the text is matched, never shown).
	 * @return empty when the message is not in the workspace
	 */
	@Transactional(readOnly = true)
	public String receivedText(WorkspaceId workspace, MessageId message) {
		return conversations.receivedText(workspace, message);
	}

	/**
	 * A received message as it was announced by {@link EmailReceived}, for a system
	 * reader inside the server (the assistant triaging a message it was asked about
	 * before its event arrived).
	 * @return empty when the workspace received no such message
	 */
	@Transactional(readOnly = true)
	public Optional<EmailReceived> receivedMessage(WorkspaceId workspace, MessageId message) {
		return conversations.received(workspace, message);
	}

	/**
	 * The automatic mail (auto-replies, bounces, bulk) received so far in a conversation,
	 * oldest first, as it was announced: for the work module to put on an item created
	 * after such a message's {@link EmailReceived} found no item yet.
	 */
	@Transactional(readOnly = true)
	public List<EmailReceived> automaticMessages(WorkspaceId workspace, ConversationId conversation) {
		return conversations.automaticMessages(workspace, conversation);
	}

	static String replySubject(String subject) {
		String s = subject.strip();
		return s.toLowerCase(Locale.ROOT).matches("^(re|aw|sv|vs|antw)\\s*:.*") ? s : "Re: " + s;
	}

	private static String firstAddress(String header, String fallback) {
		try {
			return MailboxRules.address(jakarta.mail.internet.InternetAddress.parse(header, false)[0].getAddress(),
					"/to");
		}
		catch (jakarta.mail.internet.AddressException | InvalidInputException | ArrayIndexOutOfBoundsException e) {
			return fallback;
		}
	}

	private static void checkBody(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("/body", Text.of("input.bodyEmpty"));
		}
		if (body.length() > MAX_BODY) {
			throw new InvalidInputException("/body", Text.of("input.bodyLength", MAX_BODY));
		}
	}

	/**
	 * Stores changed settings or a new credential: the cached access token is forgotten
	 * and the change goes to the audit log.
	 */
	private void replace(Mailbox before, Mailbox after, String description) {
		mailboxes.update(after);
		tokens.forget(after.id());
		events.publishEvent(AuditableChange.updated(before.workspace(), "mailbox", after.id(), before.view(),
				after.view(), description));
	}

	private static Mailbox.OAuthClient oauthClient(Mailbox mailbox) {
		if (mailbox.oauth() == null) {
			throw new InvalidInputException("/authKind", Text.of("input.noLongerOAuth", mailbox.address()));
		}
		return mailbox.oauth();
	}

	private static String shorten(String text) {
		String line = text.strip().replaceAll("\\p{Cntrl}", " ");
		return line.length() <= 300 ? line : line.substring(0, 300) + "…";
	}

	private Mailbox build(MailboxId id, WorkspaceId workspace, NewMailbox s, CredentialCipher.Sealed credential,
			Mailbox.@Nullable OAuthClient oauth, @Nullable Mailbox before) {
		return new Mailbox(id, workspace, s.address(), s.displayName(),
				new Mailbox.Server(s.imapHost(), s.imapPort(), s.imapSecurity()),
				new Mailbox.Server(s.smtpHost(), s.smtpPort(), s.smtpSecurity()), s.username(),
				oauth == null ? AuthKind.PASSWORD : AuthKind.XOAUTH2, credential, s.trustedCertificate(),
				s.pollSeconds(), s.enabled(), before == null ? null : before.lastFetchAt(),
				before == null ? null : before.lastFetchOk(), before == null ? null : before.lastFetchError(),
				before == null ? clock.instant().truncatedTo(ChronoUnit.MICROS) : before.createdAt(), oauth);
	}

	/**
	 * The OAuth client of checked XOAUTH2 settings, its secret sealed (a blank secret
	 * keeps the stored one); null for a password mailbox.
	 */
	private Mailbox.@Nullable OAuthClient oauth(WorkspaceId workspace, MailboxId id, NewMailbox s,
			@Nullable Mailbox before) {
		if (s.authKind() != AuthKind.XOAUTH2 || s.oauthTokenUri() == null || s.oauthClientId() == null
				|| s.oauthScopes() == null) {
			return null;
		}
		CredentialCipher.Sealed secret = s.oauthClientSecret() != null
				? cipher.seal(workspace, id, s.oauthClientSecret())
				: before == null || before.oauth() == null ? null : before.oauth().clientSecret();
		// who signed in stays known while their refresh token does
		Mailbox.OAuthClient signedIn = s.password() == null && before != null ? before.oauth() : null;
		return new Mailbox.OAuthClient(s.oauthTokenUri(), s.oauthClientId(), secret, s.oauthScopes(),
				s.oauthAuthorizationUri(), signedIn == null ? null : signedIn.account(),
				signedIn == null ? null : signedIn.connectedAt());
	}

	private Mailbox visible(Membership caller, MailboxId id) {
		return mailboxes.find(caller.workspace().id(), id)
			.filter(m -> caller.sees(scope(m.address())))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.mailbox")));
	}

	private Mailbox mailboxOf(Membership caller, ConversationId id) {
		return conversations.mailboxOf(id)
			.flatMap(m -> mailboxes.find(caller.workspace().id(), m))
			.filter(m -> caller.sees(scope(m.address())) || conversations.seenThroughParty(caller, id))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.conversation")));
	}

	private static void checkScope(Membership caller, String address) {
		if (!caller.sees(scope(address))) {
			throw new InvalidInputException("/address",
					Text.of("input.scopedTo",
							caller.grant()
								.scopes()
								.stream()
								.map(Object::toString)
								.collect(java.util.stream.Collectors.joining(", "))));
		}
	}

	static ScopeRef scope(String address) {
		return new ScopeRef(ScopeKind.MAILBOX.name(), address);
	}

	private static void require(Membership caller, Permission permission) {
		if (!caller.can(permission)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.mayNot"));
		}
	}

}
