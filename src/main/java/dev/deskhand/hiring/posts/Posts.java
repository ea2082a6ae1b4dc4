package dev.deskhand.hiring.posts;

import dev.deskhand.access.Membership;
import dev.deskhand.access.ScopeKind;
import dev.deskhand.hiring.JobPostId;
import dev.deskhand.hiring.JobPostSummary;
import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.NewJobPost;
import dev.deskhand.hiring.PostStatus;
import dev.deskhand.hiring.PostTask;
import dev.deskhand.hiring.PublicJobPost;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SecretToken;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.SopView;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The changes and reads of job posts, in the caller's transaction; access rights are the
 * facade's. A post past its closing date reads as {@link PostStatus#CLOSED} everywhere
 * (pages, API, bids) from the day after its closing date in the workspace's time zone:
 * closed on read, so no sweep is needed and no bid slips in between a sweep's runs.
 */
@Component
public class Posts {

	private final PostStore store;

	private final WorkSetup work;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Set<String> scopeKinds;

	Posts(PostStore store, WorkSetup work, WorkspaceManagement workspaces, MessageSource messages,
			ApplicationEventPublisher events, Clock clock, List<ScopeKind> scopeKinds) {
		this.store = store;
		this.work = work;
		this.workspaces = workspaces;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.scopeKinds = scopeKinds.stream().map(ScopeKind::name).collect(Collectors.toUnmodifiableSet());
	}

	/** The post as it stands now: an open post past its closing date is closed. */
	public JobPostView effective(JobPostView p, ZoneId zone) {
		if (p.status() == PostStatus.OPEN && p.closesOn() != null
				&& p.closesOn().isBefore(LocalDate.now(clock.withZone(zone)))) {
			return new JobPostView(p.id(), p.workspace(), p.publicKey(), p.language(), p.title(), p.description(),
					p.workTypes(), p.languages(), p.overlapStart(), p.overlapEnd(), p.hoursPerWeek(), p.maxRate(),
					p.currency(), p.contractKind(), p.trialDays(), p.targetFirstResponseMinutes(),
					p.targetItemsPerWeek(), p.trialTargets(), p.scopes(), p.sampleTask(), p.criteria(), p.closesOn(),
					PostStatus.CLOSED, p.openedAt(), p.closesOn().plusDays(1).atStartOfDay(zone).toInstant(),
					p.createdAt());
		}
		return p;
	}

	public List<JobPostSummary> list(Membership m) {
		ZoneId zone = m.workspace().timeZone();
		var counts = store.counts(m.workspace().id());
		return store.of(m.workspace().id())
			.stream()
			.map(p -> new JobPostSummary(effective(p, zone), counts.getOrDefault(p.id().value(), Map.of())))
			.toList();
	}

	public JobPostView get(Membership m, JobPostId id) {
		return store.find(m.workspace().id(), id)
			.map(p -> effective(p, m.workspace().timeZone()))
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.post.notFound")));
	}

	/** Any workspace's post as it stands now, for the system. */
	public Optional<JobPostView> find(JobPostId id) {
		return store.find(id).map(p -> effective(p, zone(p.workspace())));
	}

	public ZoneId zone(WorkspaceId ws) {
		return workspaces.findWorkspace(ws).map(WorkspaceView::timeZone).orElse(ZoneId.of("UTC"));
	}

	public Optional<PublicJobPost> published(String publicKey) {
		if (publicKey == null || !publicKey.matches("^[A-Za-z0-9_-]{16,64}$")) {
			return Optional.empty();
		}
		return store.byKey(publicKey).filter(p -> p.status() != PostStatus.DRAFT).flatMap(p -> {
			Optional<WorkspaceView> ws = workspaces.findWorkspace(p.workspace());
			return ws
				.map(w -> new PublicJobPost(effective(p, w.timeZone()), w.name(), w.timeZone(), store.tasks(p.id())));
		});
	}

	public List<PostTask> tasks(JobPostId id) {
		return store.tasks(id);
	}

	/** The work types a post can be about: {@code email} and the workspace's SOPs. */
	public List<PostTask> choices(Membership m, Locale language) {
		List<PostTask> out = new ArrayList<>();
		out.add(new PostTask("email", messages.getMessage("hiring.task.email", null, language),
				messages.getMessage("hiring.task.emailSummary", null, language)));
		for (SopView sop : work.sops(m)) {
			if (!sop.type().equals("email")) {
				out.add(task(sop));
			}
		}
		return out;
	}

	static PostTask task(SopView sop) {
		List<String> lines = sop.markdown()
			.lines()
			.map(l -> l.replaceFirst("^[#>*\\-\\s]+", "").strip())
			.filter(l -> !l.isEmpty())
			.limit(2)
			.toList();
		String title = lines.isEmpty() ? sop.type() : cut(lines.get(0), 200);
		return new PostTask(sop.type(), title, lines.size() > 1 ? cut(lines.get(1), 300) : "");
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	public List<String> defaultCriteria(String language, List<String> languages) {
		Locale l = Locale.forLanguageTag(language);
		List<String> out = new ArrayList<>();
		for (String lang : languages.isEmpty() ? List.of(language) : languages) {
			out.add(messages.getMessage("hiring.criteria.written",
					new Object[] { messages.getMessage("hiring.language." + lang, null, lang, l) }, l));
		}
		for (String k : List.of("logistics", "accuracy", "responsiveness", "sample")) {
			out.add(messages.getMessage("hiring.criteria." + k, null, l));
		}
		return out;
	}

	public JobPostView create(Membership m, NewJobPost n) {
		WorkspaceView ws = m.workspace();
		List<PostTask> choices = choices(m, Locale.ENGLISH);
		PostChecks.Checked c = check(m, n, choices);
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		JobPostView p = new JobPostView(JobPostId.random(), ws.id(), SecretToken.random("").substring(0, 24),
				c.language(), c.title(), c.description(), c.workTypes(), c.languages(), n.overlapStart(),
				n.overlapEnd(), n.hoursPerWeek(), c.maxRate(), c.currency(), c.kind(), c.trialDays(),
				n.targetFirstResponseMinutes(), n.targetItemsPerWeek(), c.trialTargets(), c.scopes(), c.sampleTask(),
				c.criteria(), n.closesOn(), PostStatus.DRAFT, null, null, now);
		store.insert(p, m.member().id());
		store.saveTasks(p.id(), tasksOf(m, c.workTypes(), c.language()));
		events.publishEvent(AuditableChange.created(ws.id(), "job_post", p.id(), p, "Job post " + p.title()));
		return p;
	}

	public JobPostView update(Membership m, JobPostId id, NewJobPost n) {
		JobPostView before = locked(m, id);
		if (before.status() == PostStatus.CLOSED) {
			throw PostChecks.invalid("/status", "closedPost");
		}
		PostChecks.Checked c = check(m, n, choices(m, Locale.ENGLISH));
		JobPostView after = new JobPostView(before.id(), before.workspace(), before.publicKey(), c.language(),
				c.title(), c.description(), c.workTypes(), c.languages(), n.overlapStart(), n.overlapEnd(),
				n.hoursPerWeek(), c.maxRate(), c.currency(), c.kind(), c.trialDays(), n.targetFirstResponseMinutes(),
				n.targetItemsPerWeek(), c.trialTargets(), c.scopes(), c.sampleTask(), c.criteria(), n.closesOn(),
				before.status(), before.openedAt(), before.closedAt(), before.createdAt());
		store.update(after, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		store.saveTasks(id, tasksOf(m, c.workTypes(), c.language()));
		events.publishEvent(AuditableChange.updated(m.workspace().id(), "job_post", id, before, after,
				"Job post " + after.title()));
		return after;
	}

	/** Opens a draft for bids; opening an open post changes nothing. */
	public JobPostView open(Membership m, JobPostId id) {
		JobPostView before = locked(m, id);
		if (before.status() == PostStatus.OPEN) {
			return before;
		}
		if (before.status() == PostStatus.CLOSED) {
			throw PostChecks.invalid("/status", "closedPost");
		}
		return status(m, before, PostStatus.OPEN);
	}

	/** Closes the post: no more bids. Closing a closed post changes nothing. */
	public JobPostView close(Membership m, JobPostId id) {
		JobPostView before = locked(m, id);
		if (before.status() == PostStatus.CLOSED && before.closedAt() != null) {
			return before;
		}
		return status(m, before, PostStatus.CLOSED);
	}

	private JobPostView status(Membership m, JobPostView before, PostStatus to) {
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		JobPostView after = new JobPostView(before.id(), before.workspace(), before.publicKey(), before.language(),
				before.title(), before.description(), before.workTypes(), before.languages(), before.overlapStart(),
				before.overlapEnd(), before.hoursPerWeek(), before.maxRate(), before.currency(), before.contractKind(),
				before.trialDays(), before.targetFirstResponseMinutes(), before.targetItemsPerWeek(),
				before.trialTargets(), before.scopes(), before.sampleTask(), before.criteria(), before.closesOn(), to,
				to == PostStatus.OPEN ? now : before.openedAt(), to == PostStatus.CLOSED ? now : null,
				before.createdAt());
		store.update(after, now);
		events.publishEvent(AuditableChange.updated(m.workspace().id(), "job_post", before.id(), before, after,
				"Job post " + after.title() + " " + before.status() + " -> " + to));
		return after;
	}

	private JobPostView locked(Membership m, JobPostId id) {
		return store.lock(m.workspace().id(), id)
			.map(p -> effective(p, m.workspace().timeZone()))
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.post.notFound")));
	}

	private PostChecks.Checked check(Membership m, NewJobPost n, List<PostTask> choices) {
		Set<String> known = new LinkedHashSet<>(choices.stream().map(PostTask::type).toList());
		String language = n.language() == null || n.language().isBlank() ? m.workspace().defaultLanguage()
				: n.language().strip().toLowerCase(Locale.ROOT);
		List<String> languages = PostChecks.languages("/languages", n.languages());
		List<String> defaults = PostChecks.POST_LANGUAGES.contains(language) ? defaultCriteria(language, languages)
				: List.of();
		return PostChecks.check(n, m.workspace().defaultLanguage(), known, scopeKinds,
				LocalDate.now(clock.withZone(m.workspace().timeZone())), defaults);
	}

	private List<PostTask> tasksOf(Membership m, List<String> types, String language) {
		Map<String, PostTask> all = choices(m, Locale.forLanguageTag(language)).stream()
			.collect(Collectors.toMap(PostTask::type, t -> t, (a, b) -> a));
		return types.stream().map(t -> all.getOrDefault(t, new PostTask(t, t, ""))).toList();
	}

}
