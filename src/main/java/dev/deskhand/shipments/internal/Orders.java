package dev.deskhand.shipments.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.OrderView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' orders and their lines, in plain SQL. */
@Repository
public class Orders {

	private final JdbcClient jdbc;

	Orders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean numberTaken(WorkspaceId ws, String number) {
		return jdbc.sql("select count(*) from shipments.orders where workspace_id = ? and number = ?")
			.params(ws.value(), number)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(WorkspaceId ws, OrderView o) {
		jdbc.sql(
				"insert into shipments.orders (id, workspace_id, number, customer_id, created_at) values (?, ?, ?, ?, ?)")
			.params(o.id(), ws.value(), o.number(), o.customer(), Timestamp.from(o.createdAt()))
			.update();
		for (OrderView.Line l : o.lines()) {
			jdbc.sql("insert into shipments.order_line (order_id, line_no, sku, description, quantity, unit) "
					+ "values (?, ?, ?, ?, ?, ?)")
				.params(o.id(), l.lineNo(), l.sku(), l.description(), l.quantity(), l.unit())
				.update();
		}
	}

	public Optional<OrderView> find(WorkspaceId ws, UUID id) {
		return jdbc
			.sql("select id, number, customer_id, created_at from shipments.orders where workspace_id = ? and id = ?")
			.params(ws.value(), id)
			.query((rs, n) -> new OrderView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					lines(rs.getObject(1, UUID.class)), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	public Optional<OrderView> findByNumber(WorkspaceId ws, String number) {
		return jdbc.sql("select id from shipments.orders where workspace_id = ? and number = ?")
			.params(ws.value(), number)
			.query(UUID.class)
			.optional()
			.flatMap(id -> find(ws, id));
	}

	private List<OrderView.Line> lines(UUID order) {
		return jdbc
			.sql("select line_no, sku, description, quantity, unit from shipments.order_line where order_id = ? "
					+ "order by line_no")
			.param(order)
			.query((rs, n) -> new OrderView.Line(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getString(5)))
			.list();
	}

}
