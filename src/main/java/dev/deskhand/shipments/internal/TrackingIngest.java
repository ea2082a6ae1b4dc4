package dev.deskhand.shipments.internal;

import dev.deskhand.parties.PartyManagement;
import dev.deskhand.references.ReferenceManagement;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.CsvMapping;
import dev.deskhand.shipments.ingest.Rejection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest pipeline: check the file ({@link IngestCheck}: parse, check references, fold
 * repeats), keep the file, then store its events in batches of {@link #BATCH}, one
 * transaction each ({@link EventStore}), each followed in its transaction by the
 * exception rules ({@link ExceptionEvaluation#afterEvents}) and a {@code NOTIFY
 * deskhand_shipments}. A crash loses at most the batch in flight, and importing the file
 * again stores exactly what is missing. The outcome is kept with the file and the import
 * is audited once.
 */
@Component
public class TrackingIngest {

	/** Events per transaction. */
	public static final int BATCH = 10000;

	/** The channel the dashboard listens on; the payload is the workspace's id. */
	public static final String CHANNEL = "deskhand_shipments";

	private final EventStore store;

	private final ExceptionEvaluation exceptions;

	private final PartyManagement parties;

	private final ReferenceManagement references;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	TrackingIngest(EventStore store, ExceptionEvaluation exceptions, PartyManagement parties,
			ReferenceManagement references, JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.references = references;
		this.store = store;
		this.exceptions = exceptions;
		this.parties = parties;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * What became of a file, its reasons still as texts.
	 *
	 * @param importId the stored file
	 */
	public record Result(String file, String format, UUID importId, int accepted, int duplicates, int updated,
			List<Rejection> rejected, List<Flag> flagged) {
	}

	/** A stored event with an invalid reference: where, which reference, why. */
	public record Flag(String position, @Nullable String reference, Text reason) {
	}

	/**
	 * Imports one file. Must not run inside a transaction (each batch is its own).
	 * @param source what events without their own source are stored under (the format's
	 * name for files, the webhook's source)
	 * @param createdBy who imported it, for the file's record
	 * @param reference the reference of the events that name none of their own, or null
	 * ({@link IngestCheck#check})
	 * @throws dev.deskhand.shipments.ingest.UnreadableFile when nothing in it can be read
	 * (then nothing is stored)
	 */
	public Result run(WorkspaceId ws, String fileName, byte[] content, @Nullable String format,
			@Nullable CsvMapping mapping, @Nullable String reference, @Nullable String source, String createdBy) {
		return store(ws, fileName, content, IngestCheck.check(content, format, mapping, source, reference), source,
				createdBy);
	}

	/**
	 * The second half of {@link #run}: stores a file checked already (by
	 * {@link IngestCheck#check}, maybe on another thread while the previous file was
	 * stored).
	 */
	public Result store(WorkspaceId ws, String fileName, byte[] content, IngestCheck.FileCheck check,
			@Nullable String source, String createdBy) {
		String src = source;
		UUID importId = UUID.randomUUID();
		Instant started = clock.instant();
		tx.executeWithoutResult(s -> jdbc
			.sql("insert into shipments.import_file (id, workspace_id, file_name, format, source, content, created_by, "
					+ "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(importId, ws.value(), fileName, check.format(), src == null ? check.format() : src, content,
					createdBy, Timestamp.from(started))
			.update());
		PartyLookup lookup = new PartyLookup(parties.search(ws, "", PartyManagement.MAX_LIST));
		int accepted = 0;
		int duplicates = check.duplicates();
		int updated = check.updated();
		List<Flag> flagged = new ArrayList<>();
		List<IngestCheck.CheckedEvent> all = check.events();
		for (int i = 0; i < all.size(); i += BATCH) {
			List<IngestCheck.CheckedEvent> slice = all.subList(i, Math.min(all.size(), i + BATCH));
			List<IngestCheck.CheckedEvent> batch = List.copyOf(slice);
			// the file's list lets go of the batch, so its events are garbage once
			// stored rather than after the file's last batch (less for the collector)
			slice.replaceAll(x -> null);
			EventStore.Stored stored = tx.execute(s -> {
				EventStore.Stored b = store.store(ws, importId, batch, lookup, clock.instant(),
						"import:" + check.format());
				if (!b.references().isEmpty()) {
					references.recordAll(ws, b.references());
				}
				if (!b.shipments().isEmpty()) {
					exceptions.afterEvents(ws, b.shipments());
				}
				notifyDashboard(ws);
				return b;
			});
			accepted += stored.accepted();
			duplicates += stored.duplicates();
			updated += stored.updated();
			flagged.addAll(stored.flagged());
		}
		Result result = new Result(fileName, check.format(), importId, accepted, duplicates, updated, check.rejected(),
				flagged);
		tx.executeWithoutResult(s -> {
			jdbc.sql("update shipments.import_file set outcome = ?::jsonb where id = ?")
				.params(json.writeValueAsString(english(result)), importId)
				.update();
			events.publishEvent(AuditableChange.created(ws, "tracking-import", importId, summary(result),
					"Imported " + fileName + " (" + result.format() + "): " + result.accepted() + " new, "
							+ result.updated() + " updated, " + result.duplicates() + " duplicates, "
							+ result.rejected().size() + " rejected, " + result.flagged().size() + " flagged"));
			if (all.isEmpty()) {
				notifyDashboard(ws);
			}
		});
		return result;
	}

	private void notifyDashboard(WorkspaceId ws) {
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, ws.toString()).query().singleRow();
	}

	/** What the audit log digests: the counts, not the events. */
	record Summary(String file, String format, int accepted, int duplicates, int updated, int rejected, int flagged) {
	}

	private static Summary summary(Result r) {
		return new Summary(r.file(), r.format(), r.accepted(), r.duplicates(), r.updated(), r.rejected().size(),
				r.flagged().size());
	}

	private static Map<String, Object> english(Result r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("file", r.file());
		m.put("format", r.format());
		m.put("accepted", r.accepted());
		m.put("duplicates", r.duplicates());
		m.put("updated", r.updated());
		m.put("rejected",
				r.rejected()
					.stream()
					.map(x -> Map.of("position", x.position(), "reason", x.reason().english()))
					.toList());
		m.put("flagged", r.flagged().stream().map(f -> {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("position", f.position());
			x.put("reference", f.reference());
			x.put("reason", f.reason().english());
			return x;
		}).toList());
		return m;
	}

}
