package dev.deskhand.hiring;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.InvitationSent;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.hiring.bids.BidStore;
import dev.deskhand.hiring.onboarding.HireStore;
import dev.deskhand.hiring.posts.Posts;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.shared.Text;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hiring a bid ({@link Permission#HIRING_MANAGE}): in one transaction the hire is
 * recorded with the bid's terms, the bid moves to {@code HIRED}, and its bidder is
 * invited as an assistant with the post's scopes and access until the end of the trial's
 * last day in the workspace's zone (the invitation is e-mailed through access's
 * {@code InvitationMail}). {@link AssistantHired} and an {@code AuditableChange} are
 * published. When the invited person joins, onboarding starts and the contract is handed
 * over to billing ({@link Onboarding}).
 */
@Service
@Transactional
public class Hires {

	private final HireStore store;

	private final BidStore bids;

	private final Posts posts;

	private final Pipeline pipeline;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	private final SensitiveReadLog reads;

	private final WorkspaceManagement workspaces;

	private final Clock clock;

	Hires(HireStore store, BidStore bids, Posts posts, Pipeline pipeline, AccessManagement access,
			ApplicationEventPublisher events, SensitiveReadLog reads, WorkspaceManagement workspaces, Clock clock) {
		this.reads = reads;
		this.workspaces = workspaces;
		this.store = store;
		this.bids = bids;
		this.posts = posts;
		this.pipeline = pipeline;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Hires the bid, from any open stage (not from a declined, withdrawn or hired one). A
	 * retry for a bid already hired answers the hire made then (without the invitation's
	 * link, which is only ever handed out once).
	 * @param linkFor turns the invitation's one-time token into the link mailed
	 * @throws NotFoundException when the bid is not the workspace's
	 * @throws InvalidInputException for {@code /bid} (not open), or from the invitation
	 * ({@code /email}: already a member or invited)
	 */
	public Hired hire(Membership m, BidId bidId, Function<String, String> linkFor) {
		require(m);
		WorkspaceView ws = m.workspace();
		BidView bid = bids.lock(bidId)
			.filter(b -> b.workspace().equals(ws.id()))
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.hire.bidNotFound")));
		if (bid.stage() == BidStage.HIRED) {
			var earlier = store.ofBid(bid.id());
			if (earlier.isPresent()) {
				boolean mailed = store.invitation(earlier.get().id())
					.flatMap(i -> workspaces.invitations(ws.id()).stream().filter(x -> x.id().equals(i)).findFirst())
					.map(i -> i.mailedAt() != null)
					.orElse(false);
				return new Hired(earlier.get(), mailed, null);
			}
		}
		if (!bid.stage().open()) {
			throw new InvalidInputException("/bid", Text.of("hiring.hire.error.stage"));
		}
		JobPostView post = posts.find(bid.post()).orElseThrow();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.ofInstant(now, ws.timeZone());
		LocalDate trialEnds = post.trialDays() > 0 ? today.plusDays(post.trialDays()) : null;
		Instant accessUntil = trialEnds == null ? null : trialEnds.plusDays(1).atStartOfDay(ws.timeZone()).toInstant();
		List<ScopeRef> scopes = post.scopes().stream().map(ScopeRef::parse).toList();
		InvitationSent sent = access.invite(m, bid.email(), Role.ASSISTANT, accessUntil, scopes, linkFor);
		HireView h = new HireView(HireId.random(), ws.id(), bid.id(), post.id(), post.title(), bid.email(), bid.name(),
				post.contractKind(), bid.rate(), bid.currency(), trialEnds, trialEnds, post.scopes(), m.member().id(),
				now, null, null, null, trialEnds == null ? HireStatus.CONVERTED : HireStatus.TRIAL, null);
		store.insert(h, sent.invitation().id().value());
		pipeline.markHired(m, bid.id());
		events.publishEvent(
				new AssistantHired(ws.id(), bid.id(), h.id(), post.id(), bid.email(), trialEnds, m.member().id()));
		events.publishEvent(AuditableChange.created(ws.id(), "hire", h.id(), h,
				"Hired " + bid.name() + " for " + post.title() + " by " + m.member().displayName()));
		return new Hired(store.find(h.id()).orElseThrow(), sent.mailed(), sent.link());
	}

	/** The workspace's hires, newest first. */
	@Transactional(readOnly = true)
	public List<HireView> hires(Membership m) {
		require(m);
		reads.record(new SensitiveRead(m.workspace().id(), "hire-list", "all", "list hires with rates"));
		return store.ofWorkspace(m.workspace().id());
	}

	/**
	 * @throws NotFoundException when it is not the workspace's
	 */
	@Transactional(readOnly = true)
	public HireView hire(Membership m, HireId id) {
		require(m);
		HireView h = store.visible(m.workspace().id(), id);
		reads.record(new SensitiveRead(m.workspace().id(), "hire", id.toString(), "read hire with rate"));
		return h;
	}

	static void require(Membership m) {
		JobPosts.require(m, Permission.HIRING_MANAGE);
	}

}
