package dev.deskhand.work.internal;

import dev.deskhand.documents.DocumentStore;
import dev.deskhand.parties.PartyChanged;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the items' copy of a party's name, and a customer's scope on items and documents,
 * in step when the party is renamed. Idempotent: a second delivery finds nothing left to
 * change.
 */
@Service
public class PartyCopies {

	private static final String CUSTOMER = PartyView.CUSTOMER_SCOPE_KIND + ":";

	private final JdbcClient jdbc;

	private final DocumentStore documents;

	PartyCopies(JdbcClient jdbc, DocumentStore documents) {
		this.jdbc = jdbc;
		this.documents = documents;
	}

	@Transactional
	public void renamed(PartyChanged e) {
		if (e.deleted() || e.name().equals(e.previousName())) {
			return;
		}
		jdbc.sql("""
				update work.item set party_name = ?,
				    scope = case when scope = 'customer:' || ? then 'customer:' || ? else scope end
				where party_id = ? and workspace_id = ?""")
			.params(e.name(), e.previousName(), e.name(), e.party().value(), e.workspace().value())
			.update();
		if (e.kind() != PartyKind.CUSTOMER) {
			return;
		}
		// work filed under the customer's scope by hand (no party on the item) moves too,
		// and so do its files (received attachments, uploads)
		jdbc.sql("update work.item set scope = ? where workspace_id = ? and scope = ?")
			.params(CUSTOMER + e.name(), e.workspace().value(), CUSTOMER + e.previousName())
			.update();
		documents.renameScope(e.workspace(), PartyView.CUSTOMER_SCOPE_KIND, e.previousName(), e.name());
	}

}
