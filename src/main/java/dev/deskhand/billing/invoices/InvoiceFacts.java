package dev.deskhand.billing.invoices;

import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.FactSource;
import dev.deskhand.assistant.FoundReference;
import dev.deskhand.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assistant's facts about invoices: when a mail names the number of an issued invoice
 * or credit note of the workspace ("your invoice 2026-0007"), a draft or a person's reply
 * may state its number, total, net, date and due date, each traced to the invoice.
 */
@Component
class InvoiceFacts implements FactSource {

	private final JdbcClient jdbc;

	InvoiceFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Fact> facts(WorkspaceId workspace, Collection<FoundReference> references) {
		String[] values = references.stream().map(FoundReference::value).distinct().toArray(String[]::new);
		if (values.length == 0) {
			return List.of();
		}
		List<Fact> facts = new ArrayList<>();
		jdbc.sql("""
				select id, number, currency, gross, net, issue_date, due_date from billing.invoice
				where workspace_id = ? and number is not null
				  and regexp_replace(upper(number), '[^A-Z0-9]', '', 'g') = any(?)
				order by number""").params(workspace.value(), values).query((rs, n) -> {
			String source = "invoice:" + rs.getObject("id", UUID.class) + ":";
			String currency = rs.getString("currency");
			facts.add(new Fact("reference", rs.getString("number").replaceAll("[^A-Za-z0-9]", "").toUpperCase(),
					source + "number"));
			facts.add(new Fact("amount", amount(rs.getBigDecimal("gross"), currency), source + "gross"));
			facts.add(new Fact("amount", amount(rs.getBigDecimal("net"), currency), source + "net"));
			Date issued = rs.getDate("issue_date");
			Date due = rs.getDate("due_date");
			if (issued != null) {
				facts.add(new Fact("date", issued.toLocalDate().toString(), source + "issue_date"));
			}
			if (due != null) {
				facts.add(new Fact("date", due.toLocalDate().toString(), source + "due_date"));
			}
			return null;
		}).list();
		return facts;
	}

	private static String amount(BigDecimal value, String currency) {
		return value.setScale(2).toPlainString() + " " + currency;
	}

}
