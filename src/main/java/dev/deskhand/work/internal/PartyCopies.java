package dev.deskhand.work.internal;

import dev.deskhand.parties.PartyChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the items' copy of a party's name, and a customer's scope, in step when the party
 * is renamed. Idempotent: a second delivery finds nothing left to change.
 */
@Service
public class PartyCopies {

	private final JdbcClient jdbc;

	PartyCopies(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
	}

}
