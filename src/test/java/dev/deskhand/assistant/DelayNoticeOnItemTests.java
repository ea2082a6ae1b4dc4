package dev.deskhand.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.WebSession;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shipments.NewTrackingRule;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TrackingExceptionKind;
import dev.deskhand.shipments.TrackingRules;
import dev.deskhand.shipments.internal.ExceptionClock;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkAssistant;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work item a tracking exception opened shows the customer's pending delay notice,
 * with its facts marked, and a person rejects (or approves) it from the item: recorded on
 * the notice and on the item's timeline.
 */
@IntegrationTest
class DelayNoticeOnItemTests {

	@LocalServerPort
	int port;

	@Autowired
	AssistantWorld worlds;

	@Autowired
	TrackingRules rules;

	@Autowired
	ExceptionClock exceptionClock;

	@Autowired
	WorkAssistant assistant;

	@Autowired
	WorkQueue work;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theItemOfALateShipmentShowsItsNoticeAndRejectsItWithAReason() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		var w = worlds.world("da", "da");
		Membership manage = worlds.membership(w.ws(), Permission.SHIPMENTS_MANAGE);
		rules.add(manage, NewTrackingRule.of("Late", TrackingExceptionKind.ETA_SLIP, 24, "delay", "NORMAL"));
		ShipmentView s = worlds.shipment(w, "TGHU0924948", now.plus(1, ChronoUnit.DAYS));
		worlds.tracked(s, "departed", "DEHAM", now.minus(2, ChronoUnit.HOURS), now.plus(4, ChronoUnit.DAYS));
		exceptionClock.tick(w.id(), now);
		exceptionClock.tick(w.id(), now.plusSeconds(60));
		WorkItemId item = await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("""
					select i.item_id from work.tracking_exception_item i
					join assistant.delay_notice n on n.exception_id = i.exception_id
					where i.item_id is not null and n.shipment_id = ?""")
				.param(s.id().value())
				.query(UUID.class)
				.optional()
				.map(WorkItemId::new)
				.orElse(null), i -> i != null);
		Membership m = worlds.membership(w.ws(), Permission.WORK_VIEW);
		var help = worlds.fixtures.as(w.ws().owner(), () -> assistant.assistance(m, item));
		assertThat(help.notice()).isNotNull();
		assertThat(help.notice().pending()).isTrue();

		var session = WebSession.signIn(port, w.ws().owner());
		String page = session.get("/w/" + w.ws().slug() + "/items/" + item).body();
		assertThat(page).contains("id=\"delay-notice\"").contains("id=\"approve-notice\"").contains("<mark");
		var response = session.post(
				"/w/" + w.ws().slug() + "/items/" + item + "/notices/" + help.notice().id() + "/reject",
				"reason=Kunden+er+ringet+op");
		assertThat(response.statusCode()).isEqualTo(302);
		var after = worlds.fixtures.as(w.ws().owner(), () -> assistant.assistance(m, item));
		assertThat(after.notice().status()).isEqualTo("rejected");
		assertThat(after.notice().rejectReason()).isEqualTo("Kunden er ringet op");
		assertThat(worlds.fixtures.as(w.ws().owner(), () -> work.timeline(m, item)))
			.anyMatch(e -> e.kind() == TimelineKind.DELAY_NOTICE_REJECTED
					&& "Kunden er ringet op".equals(e.data().get("text")));
	}

}
