package dev.deskhand.work.internal;

import dev.deskhand.shared.OutboundAddresses;
import dev.deskhand.work.EscalationChannel;
import dev.deskhand.work.EscalationRaised;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts an escalation to the rule's incoming webhook as {@code {"text": "..."}}, which
 * Slack and Microsoft Teams both accept. The listener only writes an outbox row
 * ({@link WebhookDeliveries}) together with the escalation's effect key, so a publication
 * delivered twice posts once; the row is posted right after commit and, after a failure,
 * again with back-off by {@link #sendDue}, on whichever instance claims it. Posts go with
 * a short timeout, https only, to public addresses only (checked on the address it
 * connects to), following no redirect.
 */
@Component
public class WebhookOnEscalation {

	private static final Logger log = LoggerFactory.getLogger(WebhookOnEscalation.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int BATCH = 20;

	private final EscalationRules rules;

	private final RestClient http;

	private final WebhookDeliveries deliveries;

	private final Effects effects;

	private final Clock clock;

	private final Duration lease;

	WebhookOnEscalation(EscalationRules rules, WorkProperties properties, WebhookDeliveries deliveries, Effects effects,
			Clock clock, OutboundAddresses outbound) {
		this.rules = rules;
		this.http = RestClient.builder().requestFactory(outbound.http(properties.webhookTimeout())).build();
		this.deliveries = deliveries;
		this.effects = effects;
		this.clock = clock;
		// long enough for a batch of posts that each time out
		this.lease = properties.webhookTimeout().multipliedBy(2 * BATCH).plusMinutes(1);
	}

	@ApplicationModuleListener
	void on(EscalationRaised e) {
		if (e.channel() != EscalationChannel.WEBHOOK || rules.webhookOf(e.rule()).isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		if (!effects.once(Effects.of(e), now)) {
			log.debug("Escalation webhook of rule {} for item {} was queued already", e.rule(), e.item());
			return;
		}
		deliveries.enqueue(e, JSON.writeValueAsString(Map.of("text", e.text())), now);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					sendDue(clock.instant());
				}
				catch (RuntimeException ex) {
					// the row stays due: the scheduled sender posts it
					log.warn("Escalation webhooks could not be sent now: {}", ex.getMessage());
				}
			}
		});
	}

	@Scheduled(fixedDelayString = "${deskhand.work.webhook-retry-interval:PT30S}", initialDelayString = "PT25S")
	void scheduled() {
		sendDue(clock.instant());
	}

	/** Posts every delivery due at {@code now}; returns how many went through. */
	public int sendDue(Instant now) {
		int sent = 0;
		while (true) {
			List<WebhookDeliveries.Delivery> batch = deliveries.claim(now, lease, BATCH);
			for (WebhookDeliveries.Delivery d : batch) {
				sent += post(d, now) ? 1 : 0;
			}
			if (batch.size() < BATCH) {
				return sent;
			}
		}
	}

	private boolean post(WebhookDeliveries.Delivery d, Instant now) {
		Optional<String> url = rules.webhookOf(d.rule());
		if (url.isEmpty()) {
			deliveries.failed(d, "The escalation rule or its webhook was removed", true, now);
			return false;
		}
		try {
			http.post()
				.uri(url.get())
				.contentType(MediaType.APPLICATION_JSON)
				.body(d.body())
				.retrieve()
				.toBodilessEntity();
			deliveries.sent(d.id(), now);
			return true;
		}
		catch (RestClientException ex) {
			// a refusal of the request itself will not change by asking again; time-outs,
			// 408, 429 and 5xx may
			boolean refused = ex instanceof HttpClientErrorException c && c.getStatusCode().value() != 408
					&& c.getStatusCode().value() != 429;
			log.warn("Escalation webhook of rule {} failed (attempt {}): {}", d.rule(), d.attempts(), ex.getMessage());
			deliveries.failed(d, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage(), refused,
					now);
			return false;
		}
	}

}
