package dev.deskhand.references;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.references.internal.PatternChecks;
import dev.deskhand.references.internal.ReferenceStore;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The references module's facade: {@link ReferenceChecks} plus the workspace's own
 * patterns for order, invoice, booking and bill-of-lading numbers, and the record of
 * every reference typed or imported ({@link ReferenceRecorded},
 * {@link ReferenceCorrected}), from which the documentation error rate is computed.
 * Reading patterns needs {@link Permission#WORK_VIEW}, changing them
 * {@link Permission#SHIPMENTS_MANAGE}; the methods with a {@link WorkspaceId} are for
 * other modules acting as the system (the ingest, a form after its own access check).
 * Patterns are cached per workspace for {@value #CACHE_SECONDS} seconds (and dropped on
 * change in this instance), so checking a million imported references reads them once.
 */
@Service
@Transactional
public class ReferenceManagement {

	/** How long another instance's pattern change may take to be seen here. */
	static final int CACHE_SECONDS = 30;

	/** The most patterns a workspace keeps. */
	public static final int MAX_PATTERNS = 50;

	private static final int MAX_VALUE = 200;

	private final ReferenceStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<WorkspaceId, Cached> cache = new ConcurrentHashMap<>();

	ReferenceManagement(ReferenceStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every type and format {@code value} could be: {@link ReferenceChecks#candidates}
	 * and, first, the workspace's patterns it matches (format {@code pattern:NAME}).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReferenceCandidate> candidates(WorkspaceId workspace, @Nullable String value) {
		List<ReferenceCandidate> builtIn = ReferenceChecks.candidates(value);
		List<Compiled> patterns = compiled(workspace);
		if (patterns.isEmpty() || value == null) {
			return builtIn;
		}
		List<ReferenceCandidate> out = new ArrayList<>(builtIn.size() + 1);
		for (Compiled p : patterns) {
			if (p.matches(value)) {
				out.add(new ReferenceCandidate(p.pattern().type(), ReferenceChecks.PATTERN_PREFIX + p.pattern().name(),
						true, null, ReferenceChecks.normalise(value)));
			}
		}
		out.addAll(builtIn);
		return out;
	}

	/**
	 * The verdict for {@code value} as {@code type}: when the workspace has patterns of
	 * that type, the value must match one of them (or, for bookings and bills of lading,
	 * have their built-in form); otherwise {@link ReferenceChecks#validate}.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ReferenceCandidate validate(WorkspaceId workspace, ReferenceType type, @Nullable String value) {
		ReferenceCandidate builtIn = ReferenceChecks.validate(type, value);
		List<Compiled> ofType = compiled(workspace).stream().filter(p -> p.pattern().type() == type).toList();
		if (ofType.isEmpty() || value == null) {
			return builtIn;
		}
		for (Compiled p : ofType) {
			if (p.matches(value)) {
				return new ReferenceCandidate(type, ReferenceChecks.PATTERN_PREFIX + p.pattern().name(), true, null,
						ReferenceChecks.normalise(value));
			}
		}
		if (builtIn.valid() && (type == ReferenceType.BOOKING || type == ReferenceType.BILL_OF_LADING)) {
			return builtIn;
		}
		return new ReferenceCandidate(type, ReferenceChecks.PATTERN_PREFIX + ofType.getFirst().pattern().name(), false,
				Text.of("refs.reason.pattern", ofType.getFirst().pattern().example()),
				ReferenceChecks.normalise(value));
	}

	/** The workspace's patterns, by name. */
	@Transactional(readOnly = true)
	public List<ReferencePattern> patterns(Membership m) {
		require(m, Permission.WORK_VIEW);
		return store.patterns(ws(m));
	}

	/** The workspace's patterns, for other modules acting as the system. */
	@Transactional(readOnly = true)
	public List<ReferencePattern> patterns(WorkspaceId workspace) {
		return compiled(workspace).stream().map(Compiled::pattern).toList();
	}

	/**
	 * Adds the pattern or replaces the one of the same name.
	 * @throws InvalidInputException for {@code /name}, {@code /type}, {@code /regex}
	 * (does not compile, too long, backtracks catastrophically) or {@code /example}
	 * (missing or not matching); {@code /name} also when the workspace has
	 * {@value #MAX_PATTERNS}
	 */
	public ReferencePattern savePattern(Membership m, ReferencePattern p) {
		require(m, Permission.SHIPMENTS_MANAGE);
		PatternChecks.checked(p);
		ReferencePattern clean = new ReferencePattern(p.name(), p.type(), p.regex(), p.example().strip());
		var before = store.pattern(ws(m), p.name());
		if (before.isEmpty() && store.countPatterns(ws(m)) >= MAX_PATTERNS) {
			throw new InvalidInputException("name", Text.of("refs.pattern.too-many", MAX_PATTERNS));
		}
		store.save(ws(m), clean, now());
		cache.remove(ws(m));
		events.publishEvent(before.isEmpty()
				? AuditableChange.created(ws(m), "reference-pattern", clean.name(), clean,
						"Added reference pattern " + clean.name())
				: AuditableChange.updated(ws(m), "reference-pattern", clean.name(), before.get(), clean,
						"Changed reference pattern " + clean.name()));
		return clean;
	}

	/** Deletes the pattern; nothing happens when there is none of that name. */
	public void deletePattern(Membership m, String name) {
		require(m, Permission.SHIPMENTS_MANAGE);
		var before = store.pattern(ws(m), name);
		if (before.isPresent() && store.delete(ws(m), name)) {
			cache.remove(ws(m));
			events.publishEvent(AuditableChange.deleted(ws(m), "reference-pattern", name, before.get(),
					"Deleted reference pattern " + name));
		}
	}

	/**
	 * Records one reference as written, valid or not, and publishes
	 * {@link ReferenceRecorded}.
	 * @param enteredBy who or what entered it: {@code member:UUID},
	 * {@code import:FORMAT}, {@code api}, …
	 * @param subjectType what it belongs to: {@code shipment}, {@code order},
	 * {@code work-item} …
	 * @return the entry's id
	 */
	public UUID record(WorkspaceId workspace, ReferenceType type, String value, boolean valid, String enteredBy,
			String subjectType, UUID subjectId) {
		List<UUID> ids = recordAll(workspace,
				List.of(new ReferenceEntry(type, value, valid, enteredBy, subjectType, subjectId)));
		if (ids.isEmpty()) {
			throw new InvalidInputException("value", Text.of("refs.reason.empty"));
		}
		return ids.getFirst();
	}

	/**
	 * Records many references in one multi-row insert per few thousand: what the ingest
	 * calls per stored batch. Publishes one {@link ReferencesRecorded} holding a
	 * {@link ReferenceRecorded} per entry (one event per entry costs more than the insert
	 * when there are a million), or the single {@link ReferenceRecorded} when there is
	 * one entry. Blank values are skipped; values longer than 200 characters are cut.
	 * @return the new entries' ids, in the order of the non-blank entries
	 */
	public List<UUID> recordAll(WorkspaceId workspace, List<ReferenceEntry> entries) {
		List<ReferenceEntry> clean = new ArrayList<>(entries.size());
		for (ReferenceEntry e : entries) {
			String value = e.value() == null ? "" : e.value().strip();
			if (!value.isEmpty()) {
				clean.add(new ReferenceEntry(e.type(), cut(value, MAX_VALUE), e.valid(), who(e.enteredBy()),
						cut(e.subjectType().isBlank() ? "unknown" : e.subjectType(), 50), e.subjectId()));
			}
		}
		if (clean.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = new ArrayList<>(clean.size());
		for (int i = 0; i < clean.size(); i++) {
			ids.add(UUID.randomUUID());
		}
		Instant at = now();
		store.insert(workspace, clean, ids, at);
		List<ReferenceRecorded> recorded = new ArrayList<>(clean.size());
		for (int i = 0; i < clean.size(); i++) {
			ReferenceEntry e = clean.get(i);
			recorded.add(new ReferenceRecorded(workspace, ids.get(i), e.type(), e.value(), e.valid(), e.enteredBy(),
					e.subjectType(), e.subjectId(), at));
		}
		if (recorded.size() == 1) {
			events.publishEvent(recorded.getFirst());
		}
		else {
			events.publishEvent(new ReferencesRecorded(workspace, recorded));
		}
		return ids;
	}

	/**
	 * Records that the subject's reference {@code before} was corrected to {@code after}
	 * and publishes {@link ReferenceCorrected}, linked to the entry that recorded
	 * {@code before} when there is one.
	 * @return the new entry's id
	 */
	public UUID correct(WorkspaceId workspace, ReferenceType type, String before, String after, boolean valid,
			String correctedBy, String subjectType, UUID subjectId) {
		String value = after == null ? "" : after.strip();
		if (value.isEmpty()) {
			throw new InvalidInputException("value", Text.of("refs.reason.empty"));
		}
		String old = before == null ? "" : cut(before.strip(), MAX_VALUE);
		var earlier = store.latest(workspace, subjectType, subjectId, type, old);
		UUID id = UUID.randomUUID();
		Instant at = now();
		ReferenceEntry entry = new ReferenceEntry(type, cut(value, MAX_VALUE), valid, who(correctedBy),
				cut(subjectType, 50), subjectId);
		store.insertCorrection(workspace, id, entry, earlier.map(ReferenceStore.Latest::id).orElse(null), at);
		boolean beforeValid = earlier.map(ReferenceStore.Latest::valid)
			.orElseGet(() -> ReferenceChecks.validate(type, old).valid());
		events.publishEvent(new ReferenceCorrected(workspace, id, earlier.map(ReferenceStore.Latest::id).orElse(null),
				type, old, beforeValid, entry.value(), valid, entry.enteredBy(), entry.subjectType(), subjectId, at));
		return id;
	}

	/**
	 * How well references were documented in [from, to): references recorded (first
	 * entries), how many of them were invalid, and how many corrections followed.
	 */
	@Transactional(readOnly = true)
	public DocumentationQuality quality(WorkspaceId workspace, Instant from, Instant to) {
		var c = store.counts(workspace, from, to);
		return new DocumentationQuality(c.recorded(), c.invalid(), c.corrected());
	}

	private List<Compiled> compiled(WorkspaceId workspace) {
		long now = System.nanoTime();
		Cached cached = cache.get(workspace);
		if (cached != null && now - cached.loadedAt() < CACHE_SECONDS * 1_000_000_000L) {
			return cached.patterns();
		}
		List<Compiled> fresh = store.patterns(workspace)
			.stream()
			.map(p -> new Compiled(p, Pattern.compile(p.regex())))
			.toList();
		cache.put(workspace, new Cached(fresh, now));
		return fresh;
	}

	private record Cached(List<Compiled> patterns, long loadedAt) {
	}

	private record Compiled(ReferencePattern pattern, Pattern regex) {

		/** The trimmed value as written, or its normalised form, matches all of it. */
		boolean matches(String value) {
			String trimmed = value.strip();
			if (trimmed.isEmpty() || trimmed.length() > ReferenceChecks.MAX_LENGTH) {
				return false;
			}
			if (PatternChecks.matches(regex, trimmed) == PatternChecks.Verdict.MATCH) {
				return true;
			}
			String normalised = ReferenceChecks.normalise(trimmed);
			return !normalised.equals(trimmed)
					&& PatternChecks.matches(regex, normalised) == PatternChecks.Verdict.MATCH;
		}

	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

	private static String who(@Nullable String enteredBy) {
		return enteredBy == null || enteredBy.isBlank() ? "unknown" : cut(enteredBy.strip(), 200);
	}

	private static void require(Membership m, Permission permission) {
		if (!m.can(permission)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, "Your role may not do this");
		}
	}

	private static WorkspaceId ws(Membership m) {
		return m.workspace().id();
	}

	private Instant now() {
		return clock.instant();
	}

}
