package dev.deskhand.billing.invoices;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The period-end run (every contract's last ended period gets its draft) and the overdue
 * sweep. Cluster-safe: each run holds a PostgreSQL transaction advisory lock, so one
 * instance runs it at a time (another skips), and each draft is idempotent anyway (one
 * invoice per contract and period, by a unique index); each contract and each invoice in
 * a transaction of its own, so one failure does not stop the others.
 */
@Component
class InvoiceSchedule {

	private static final Logger log = LoggerFactory.getLogger(InvoiceSchedule.class);

	private static final long LOCK = 0x7_20_0001L;

	private final BillingRecords records;

	private final Drafting drafting;

	private final Sending sending;

	private final InvoiceRows rows;

	private final WorkspaceManagement workspaces;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final TransactionTemplate each;

	private final Clock clock;

	InvoiceSchedule(BillingRecords records, Drafting drafting, Sending sending, InvoiceRows rows,
			WorkspaceManagement workspaces, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.records = records;
		this.drafting = drafting;
		this.sending = sending;
		this.rows = rows;
		this.workspaces = workspaces;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.each = new TransactionTemplate(transactions);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${deskhand.billing.run-interval:PT1H}", initialDelayString = "PT2M")
	void run() {
		tx.executeWithoutResult(s -> {
			if (Boolean.TRUE
				.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single())) {
				periodEnd(clock.instant());
				overdue(clock.instant());
			}
		});
	}

	/**
	 * Drafts every billable contract's last ended period; returns how many it touched.
	 */
	int periodEnd(Instant now) {
		int n = 0;
		for (BillingRecords.Contract c : records.billable(LocalDate.ofInstant(now, ZoneId.of("UTC")).minusMonths(2))) {
			ZoneId zone = workspaces.findWorkspace(new WorkspaceId(c.workspace())).orElseThrow().timeZone();
			LocalDate[] period = Periods.lastEnded(c.billingPeriod(), LocalDate.ofInstant(now, zone));
			try {
				n += each.execute(s -> drafting.draft(c, period[0], period[1], now)).isPresent() ? 1 : 0;
			}
			catch (RuntimeException e) {
				log.info("event=invoice_draft_skipped contract={} reason={}", c.id(), e.getMessage());
			}
		}
		return n;
	}

	/**
	 * Marks unpaid invoices past their due date overdue and e-mails one reminder each.
	 */
	void overdue(Instant now) {
		for (UUID id : rows.overdue(LocalDate.ofInstant(now, ZoneId.of("UTC")))) {
			try {
				each.executeWithoutResult(s -> sending.remind(id, now));
			}
			catch (InvalidInputException e) {
				each.executeWithoutResult(s -> sending.markOverdue(id, now));
			}
		}
	}

}
