package dev.deskhand.hiring;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.posts.Posts;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job posts: managers ({@link Permission#HIRING_MANAGE}) write them, open them for bids
 * and close them; reviewers ({@link Permission#HIRING_REVIEW}) read them. Draft → open →
 * closed; a post past its closing date reads as closed (checked on every read, in the
 * workspace's time zone: bids are taken through the closing date). Each write is one
 * transaction that publishes an {@code AuditableChange}; refused input
 * ({@link InvalidInputException}) writes nothing. The public page reads
 * {@link #published} without sign-in.
 */
@Service
@Transactional
public class JobPosts {

	private final Posts posts;

	JobPosts(Posts posts) {
		this.posts = posts;
	}

	/** The workspace's posts, newest first, with their bids counted per stage. */
	@Transactional(readOnly = true)
	public List<JobPostSummary> posts(Membership m) {
		require(m, Permission.HIRING_REVIEW);
		return posts.list(m);
	}

	/**
	 * @throws NotFoundException when the workspace has no such post
	 */
	@Transactional(readOnly = true)
	public JobPostView post(Membership m, JobPostId id) {
		require(m, Permission.HIRING_REVIEW);
		return posts.get(m, id);
	}

	/** The post's work types with what their SOPs said when it was last saved. */
	@Transactional(readOnly = true)
	public List<PostTask> tasks(Membership m, JobPostId id) {
		return posts.tasks(post(m, id).id());
	}

	/** What a post can be about: {@code email} and the workspace's SOP types. */
	@Transactional(readOnly = true)
	public List<PostTask> workTypes(Membership m) {
		require(m, Permission.HIRING_MANAGE);
		return posts.choices(m, Locale.forLanguageTag(m.workspace().defaultLanguage()));
	}

	/**
	 * The criteria a post gets when none are written: written language per required
	 * language, logistics knowledge, accuracy, response, the work sample — in the post's
	 * language.
	 */
	public List<String> defaultCriteria(String language, List<String> languages) {
		return posts.defaultCriteria(language, languages);
	}

	/**
	 * Writes a draft.
	 * @throws InvalidInputException for {@code /language}, {@code /title},
	 * {@code /description}, {@code /workTypes/N}, {@code /languages/N},
	 * {@code /overlapStart}, {@code /overlapEnd}, {@code /hoursPerWeek},
	 * {@code /maxRate}, {@code /currency}, {@code /contractKind}, {@code /trialDays},
	 * {@code /targetFirstResponseMinutes}, {@code /targetItemsPerWeek},
	 * {@code /trialTargets}, {@code /scopes/N}, {@code /sampleTask}, {@code /criteria/N},
	 * {@code /closesOn}
	 */
	public JobPostView create(Membership m, NewJobPost n) {
		require(m, Permission.HIRING_MANAGE);
		return posts.create(m, n);
	}

	/**
	 * Rewrites a draft's or an open post's terms (a closed post stays as it was).
	 * @throws InvalidInputException as {@link #create}, and {@code /status} when closed
	 */
	public JobPostView update(Membership m, JobPostId id, NewJobPost n) {
		require(m, Permission.HIRING_MANAGE);
		return posts.update(m, id, n);
	}

	/** Opens the post for bids; its public page takes them from now on. */
	public JobPostView open(Membership m, JobPostId id) {
		require(m, Permission.HIRING_MANAGE);
		return posts.open(m, id);
	}

	/** Closes the post: the public page stays, bids are refused. */
	public JobPostView close(Membership m, JobPostId id) {
		require(m, Permission.HIRING_MANAGE);
		return posts.close(m, id);
	}

	/**
	 * The post behind a public page, open or closed (a draft or an unknown key: empty).
	 */
	@Transactional(readOnly = true)
	public Optional<PublicJobPost> published(String publicKey) {
		return posts.published(publicKey);
	}

	static void require(Membership m, Permission p) {
		if (!m.can(p)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.ROLE"));
		}
	}

}
