package dev.deskhand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's shipments: a few hundred across road, ocean, air and parcel in both
 * workspaces, every reference valid, some late, some with a problem, some delivered
 * today; the dashboard shows them to the owner in Danish and to the scoped assistant only
 * her customers'.
 */
@IntegrationTest
class DemoShipmentsTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bothWorkspacesHaveBelievableShipmentsOfEveryModeAndFate() {
		demo.loadUnless(() -> workspaces.findWorkspace("nordhavn").isPresent());
		for (String slug : new String[] { "nordhavn", "elbtal" }) {
			UUID ws = workspaces.findWorkspace(slug).orElseThrow().id().value();
			Map<String, Object> row = jdbc
				.sql("""
						select count(*) as all,
						       count(distinct mode) as modes,
						       count(*) filter (where status not in ('delivered', 'cancelled') and promised_delivery < now()) as late,
						       count(*) filter (where status in ('customs-hold', 'delivery-failed', 'damaged', 'delayed')) as problems,
						       count(*) filter (where status = 'delivered' and delivered_at > now() - interval '24 hours') as delivered,
						       count(*) filter (where eta > promised_delivery and status <> 'delivered') as slipped,
						       count(*) filter (where customer_id is null) as without_customer,
						       count(*) filter (where carrier_id is null) as without_carrier
						from shipments.shipment where workspace_id = ?
						""")
				.params(ws)
				.query()
				.singleRow();
			assertThat(((Number) row.get("all")).longValue()).as(slug).isGreaterThanOrEqualTo(100);
			assertThat(((Number) row.get("modes")).longValue()).as(slug).isEqualTo(4);
			// every mode's shipments name their carrier, air and parcel too
			assertThat(((Number) row.get("without_carrier")).longValue()).as(slug).isZero();
			assertThat(((Number) row.get("late")).longValue()).as(slug).isGreaterThan(3);
			assertThat(((Number) row.get("problems")).longValue()).as(slug).isGreaterThan(3);
			assertThat(((Number) row.get("delivered")).longValue()).as(slug).isGreaterThan(3);
			assertThat(((Number) row.get("slipped")).longValue()).as(slug).isGreaterThan(3);
			assertThat(((Number) row.get("without_customer")).longValue()).as(slug).isZero();
			assertThat(
					jdbc.sql("select count(*) from shipments.shipment_reference where workspace_id = ? and not valid")
						.params(ws)
						.query(Long.class)
						.single())
				.as(slug)
				.isZero();
			assertThat(jdbc.sql("select count(*) from shipments.tracking_event where workspace_id = ? and revision > 1")
				.params(ws)
				.query(Long.class)
				.single()).as(slug + ": estimates resent with a new time").isPositive();
			assertThat(jdbc
				.sql("select count(*) from shipments.shipment s join shipments.order_line l"
						+ " on l.order_id = s.order_id where s.workspace_id = ?")
				.params(ws)
				.query(Long.class)
				.single()).as(slug + ": some shipments carry an order with its lines").isGreaterThan(5);
		}

		UUID nordhavn = workspaces.findWorkspace("nordhavn").orElseThrow().id().value();
		assertThat(jdbc.sql("select count(*) from work.item where workspace_id = ? and 'delay' = type")
			.params(nordhavn)
			.query(Long.class)
			.single()).as("late shipments wait in the queue").isPositive();
	}

	@Test
	void generatedContainerNumbersAndParcelNumbersCarryTheirCheckDigits() {
		// ISO 6346's own example: CSQU305438 has check digit 3
		assertThat(DemoShipments.container("CSQU", new FixedRandom(305438))).isEqualTo("CSQU3054383");
		// UPU S10's example (RA 47312482 9 GB): check digit 9
		assertThat(DemoShipments.s10(new FixedRandom(47312482), "DK")).isEqualTo("CC473124829DK");
	}

	/** A random whose next int is the given number, for the check digit examples. */
	private static final class FixedRandom extends Random {

		private final int value;

		FixedRandom(int value) {
			this.value = value;
		}

		@Override
		public int nextInt(int bound) {
			return value;
		}

	}

}
