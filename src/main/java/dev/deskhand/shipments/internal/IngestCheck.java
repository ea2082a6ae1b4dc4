package dev.deskhand.shipments.internal;

import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.CsvMapping;
import dev.deskhand.shipments.ingest.CsvFormat;
import dev.deskhand.shipments.ingest.EventFormat;
import dev.deskhand.shipments.ingest.EventFormats;
import dev.deskhand.shipments.ingest.ParseResult;
import dev.deskhand.shipments.ingest.ParsedEvent;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import dev.deskhand.shipments.ingest.Rejection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The database-free half of an import: parse the file (the format named or guessed), give
 * the events that name no reference the import's own (when it names one), check every
 * reference, refuse events that still name none, and fold the file's own repeats (same
 * source and id: the last version wins and the earlier count as updated; same content: a
 * duplicate). What the dry run prints and what the ingest stores.
 */
public final class IngestCheck {

	private IngestCheck() {
	}

	/**
	 * An event ready to store.
	 *
	 * @param source where it came from: the CSV's source column, else the import's
	 * @param digest the SHA-256 of its normalised content (not its id or position)
	 * @param flag why it is flagged (the first invalid reference), or null, with
	 * {@code flaggedReference} the reference concerned
	 * @param copyFields its stored values from the source on, as a COPY row in
	 * PostgreSQL's text format has them, in UTF-8 ({@link EventRow})
	 */
	public record CheckedEvent(ParsedEvent event, String source, List<ReferenceCheck.Checked> references, String digest,
			@Nullable Text flag, @Nullable String flaggedReference, byte[] copyFields) {
	}

	/**
	 * A checked file.
	 *
	 * @param events unique within the file, in file order; storing the file lets go of
	 * each batch once it is stored ({@link TrackingIngest#store}), so a check is stored
	 * once
	 * @param duplicates events repeated in the file with the same content
	 * @param updated earlier versions of an event resent in the same file
	 */
	public record FileCheck(String format, List<CheckedEvent> events, int duplicates, int updated,
			List<Rejection> rejected) {
	}

	/**
	 * @param reference the reference of the events that name none of their own (a carrier
	 * answer about one parcel that does not repeat its number, as Sendle's), or null
	 * @throws dev.deskhand.shipments.ingest.UnreadableFile when nothing can be read
	 * @throws InvalidInputException for {@code /reference} (see {@link #reference})
	 */
	public static FileCheck check(byte[] content, @Nullable String format, @Nullable CsvMapping mapping,
			@Nullable String source, @Nullable String reference) {
		List<RawReference> given = reference(reference);
		ParseResult parsed = choose(content, format, mapping).parse(content);
		String fallback = source == null ? parsed.format() : source;
		List<Rejection> rejected = new ArrayList<>(parsed.rejected());
		Map<String, CheckedEvent> byKey = new LinkedHashMap<>();
		Map<String, String> keyOfDigest = new java.util.HashMap<>();
		int duplicates = 0;
		int updated = 0;
		for (ParsedEvent named : parsed.events()) {
			ParsedEvent e = named.references().isEmpty() ? named.withReferences(given) : named;
			if (e.references().isEmpty()) {
				rejected.add(new Rejection(e.position(), Text.of("ingest.reject.core.no-reference")));
				continue;
			}
			CheckedEvent c = checked(e, source(e, fallback));
			String key = e.externalId() == null ? "#" + c.digest() : c.source() + "\u0000" + e.externalId();
			String earlier = keyOfDigest.get(c.digest());
			if (earlier != null) {
				duplicates++;
				continue;
			}
			CheckedEvent before = byKey.get(key);
			if (before != null) {
				updated++;
				byKey.remove(key);
			}
			byKey.put(key, c);
			keyOfDigest.put(c.digest(), key);
		}
		List<CheckedEvent> events = new ArrayList<>(byKey.values());
		rejected.sort(java.util.Comparator.comparing(r -> order(r.position())));
		return new FileCheck(parsed.format(), events, duplicates, updated, rejected);
	}

	/**
	 * The reference an import names for its events without one: typed as a reference a
	 * file names without a type is (the references module recognises it: a container, an
	 * air waybill, a parcel tracking number …, else a booking), checked and recorded as
	 * every other; none when blank.
	 * @throws InvalidInputException for {@code /reference} when it has no letter or digit
	 * or more than {@link ReferenceChecks#MAX_LENGTH}
	 */
	public static List<RawReference> reference(@Nullable String reference) {
		if (reference == null || reference.isBlank()) {
			return List.of();
		}
		String normalised = ReferenceChecks.normalise(reference);
		if (normalised.isEmpty() || normalised.length() > ReferenceChecks.MAX_LENGTH) {
			throw new InvalidInputException("/reference",
					Text.of("shipments.core.reference", reference.strip(), ReferenceChecks.MAX_LENGTH));
		}
		return List.of(new RawReference(null, reference.strip()));
	}

	/**
	 * The format named, or guessed; a CSV mapping applies to a CSV, and to a file no
	 * other format recognises when none is named.
	 */
	private static EventFormat choose(byte[] content, @Nullable String format, @Nullable CsvMapping mapping) {
		boolean named = format != null && !format.isBlank();
		if (mapping != null && named && format.strip().equalsIgnoreCase("csv")) {
			return new CsvFormat(mapping);
		}
		if (mapping != null && !named) {
			return EventFormats.list()
				.stream()
				.filter(f -> !(f instanceof CsvFormat) && f.recognises(content))
				.findFirst()
				.orElseGet(() -> new CsvFormat(mapping));
		}
		return EventFormats.choose(format, content);
	}

	/** Line and segment numbers in numeric order, pointers after them in text order. */
	private static String order(String position) {
		return position.chars().allMatch(Character::isDigit) ? String.format("%012d", Long.parseLong(position))
				: "~" + position;
	}

	private static String source(ParsedEvent e, String fallback) {
		String s = e.details().get("source");
		return s == null || s.isBlank() ? fallback : s.strip();
	}

	static CheckedEvent checked(ParsedEvent e, String source) {
		List<ReferenceCheck.Checked> refs = new ArrayList<>(e.references().size());
		ReferenceCheck.Checked invalid = null;
		for (RawReference r : e.references()) {
			ReferenceCheck.Checked checked = ReferenceCheck.check(r.type(), r.value());
			refs.add(checked);
			if (invalid == null && !checked.valid()) {
				invalid = checked;
			}
		}
		String digest = digest(e, refs);
		Text flag = invalid == null ? null : invalid.reason();
		return new CheckedEvent(e, source, refs, digest, flag, invalid == null ? null : invalid.written(),
				EventRow.copyFields(e, source, digest, refs, flag));
	}

	/**
	 * The first half of the SHA-256 over the normalised content, written as a uuid (the
	 * column's type: 16 bytes in the unique index every import probes): what makes two
	 * deliveries the same event.
	 */
	static String digest(ParsedEvent e, List<ReferenceCheck.Checked> refs) {
		StringBuilder s = new StringBuilder();
		s.append(e.status().code()).append('|').append(e.classifier().code()).append('|').append(e.carrierCode());
		s.append('|').append(e.carrierReason()).append('|').append(e.eventTime());
		if (e.location() != null) {
			s.append('|').append(e.location().unlocode()).append('|').append(e.location().name());
		}
		s.append('|').append(e.retracts()).append('|').append(e.carrier());
		refs.stream().map(r -> r.type().code() + ":" + r.value()).sorted().forEach(r -> s.append('|').append(r));
		new TreeMap<>(e.details()).forEach((k, v) -> s.append('|').append(k).append('=').append(v));
		byte[] sha = SHA256.get().digest(s.toString().getBytes(StandardCharsets.UTF_8));
		ByteBuffer half = ByteBuffer.wrap(sha, 0, 16);
		return new UUID(half.getLong(), half.getLong()).toString();
	}

	/** One SHA-256 per thread (looked up once, not once per event). */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

}
