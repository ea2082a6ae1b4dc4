package dev.deskhand.billing.invoices;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gap-free numbers of an issuer's invoices and credit notes, one sequence per year
 * ({@code 2026-0001}). The counter row is incremented in the caller's transaction: the
 * row stays locked until that commits, so concurrent issues (threads or instances) queue,
 * and a rollback takes the number back.
 */
@Component
public class InvoiceNumbers {

	private final JdbcClient jdbc;

	public InvoiceNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The issuer's next number of {@code year}, taken in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(UUID issuer, int year) {
		long n = jdbc.sql("""
				insert into billing.invoice_counter (issuer_id, year, next_number) values (?, ?, 2)
				on conflict (issuer_id, year) do update set next_number = billing.invoice_counter.next_number + 1
				returning next_number - 1""").params(issuer, year).query(Long.class).single();
		return "%d-%04d".formatted(year, n);
	}

}
