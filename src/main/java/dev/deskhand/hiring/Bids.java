package dev.deskhand.hiring;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentContent;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.hiring.bids.BidStore;
import dev.deskhand.hiring.bids.BidWork;
import dev.deskhand.hiring.posts.Posts;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.shared.Text;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bids on job posts. Anyone bids on an open post's public page (no account): checked,
 * throttled ({@link BidThrottled}: 5 attempts an hour per e-mail address, 20 per source
 * address), stored with up to three samples of work (PDF, PNG, JPEG, plain text, DOCX; 5
 * MB each; stored encrypted through {@code documents}) and confirmed by e-mail with the
 * bid's own link. One live bid per address and post: a second one is refused (the bidder
 * withdraws the first by its link to bid again). A rate above the post's maximum is taken
 * and flagged. Reviewers ({@link Permission#HIRING_REVIEW}) read bids and samples; every
 * such read is recorded in the audit log ({@link SensitiveReadLog}).
 */
@Service
@Transactional(readOnly = true)
public class Bids {

	private final BidWork work;

	private final BidStore store;

	private final Posts posts;

	private final DocumentStore documents;

	private final SensitiveReadLog reads;

	Bids(BidWork work, BidStore store, Posts posts, DocumentStore documents, SensitiveReadLog reads) {
		this.work = work;
		this.store = store;
		this.posts = posts;
		this.documents = documents;
		this.reads = reads;
	}

	/**
	 * A bid on the post behind {@code publicKey}, from {@code source} (the client's
	 * address, for throttling).
	 * @throws NotFoundException when no post is published under the key
	 * @throws BidThrottled when the address or source bid too often in the last hour
	 * @throws InvalidInputException for {@code /post} (closed), {@code /email} (also: a
	 * live bid from it exists), {@code /name}, {@code /rate}, {@code /timeZone},
	 * {@code /availability}, {@code /hoursPerWeek}, {@code /languages/N},
	 * {@code /coverNote}, {@code /sampleAnswer}, {@code /samples} or {@code /samples/N}
	 * (too many, too large, refused type)
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public BidReceipt submit(String publicKey, NewBid bid, List<SampleFile> samples, String source) {
		PublicJobPost pub = posts.published(publicKey)
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.post.notFound")));
		return work.submit(pub, bid, samples, source);
	}

	/**
	 * The bid its link opens (the bidder's own page).
	 * @throws NotFoundException when the id and key do not match
	 */
	public BidView own(BidId id, @Nullable String key) {
		return work.own(id, key);
	}

	/** The post the bidder's bid is on, as its public page shows it. */
	public Optional<PublicJobPost> postOf(BidView bid) {
		return posts.find(bid.post()).flatMap(p -> posts.published(p.publicKey()));
	}

	/**
	 * The bidder withdraws their bid by its link; a second withdrawal changes nothing.
	 * @throws NotFoundException when the id and key do not match
	 * @throws InvalidInputException for {@code /stage} when it is hired or declined
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public BidView withdraw(BidId id, @Nullable String key) {
		return work.withdraw(id, key);
	}

	/** The post's bids, oldest first (the read is audited). */
	public List<BidView> bids(Membership m, JobPostId post) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		JobPostView p = posts.get(m, post);
		List<BidView> bids = store.ofPost(m.workspace().id(), p.id());
		reads.record(new SensitiveRead(m.workspace().id(), "job_post", p.id().toString(),
				"Bids on " + p.title() + " (" + bids.size() + ")"));
		return bids;
	}

	/**
	 * One bid (the read is audited).
	 * @throws NotFoundException when the workspace has no such bid
	 */
	public BidView bid(Membership m, BidId id) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		BidView b = visible(m, id);
		reads.record(new SensitiveRead(m.workspace().id(), "bid", id.toString(), "Bid by " + b.name()));
		return b;
	}

	/** The bid's samples of work: names, types, sizes (no content). */
	public List<DocumentView> samples(Membership m, BidId id) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		BidView b = visible(m, id);
		return b.samples()
			.stream()
			.map(d -> documents.findForSystem(m.workspace().id(), d))
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * A sample's content for a reviewer (the read is audited by {@code documents}).
	 * @throws NotFoundException when it is not a sample of the bid
	 */
	public DocumentContent sample(Membership m, BidId id, DocumentId document) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		BidView b = visible(m, id);
		if (!b.samples().contains(document)) {
			throw new NotFoundException(Text.of("notFound.document"));
		}
		return documents.readForSystem(m.workspace().id(), document,
				"Sample of the bid by " + b.name() + " read by " + m.member().displayName());
	}

	private BidView visible(Membership m, BidId id) {
		return store.find(m.workspace().id(), id)
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.bid.notFound")));
	}

}
