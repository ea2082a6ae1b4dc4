package dev.deskhand.work.internal;

import dev.deskhand.shared.OutboundAddresses;
import dev.deskhand.work.EscalationChannel;
import dev.deskhand.work.EscalationRaised;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts an escalation to the rule's incoming webhook as {@code {"text": "..."}}, which
 * Slack and Microsoft Teams both accept. After the escalation's transaction commits, with
 * a short timeout, https only, to public addresses only (checked on the address it
 * connects to), following no redirect; a failure is logged, never retried into a flood.
 */
@Component
class WebhookOnEscalation {

	private static final Logger log = LoggerFactory.getLogger(WebhookOnEscalation.class);

	private final EscalationRules rules;

	private final RestClient http;

	WebhookOnEscalation(EscalationRules rules, WorkProperties properties, OutboundAddresses outbound) {
		this.rules = rules;
		this.http = RestClient.builder().requestFactory(outbound.http(properties.webhookTimeout())).build();
	}

	@ApplicationModuleListener
	void on(EscalationRaised e) {
		if (e.channel() != EscalationChannel.WEBHOOK) {
			return;
		}
		rules.webhookOf(e.rule()).ifPresent(url -> {
			try {
				http.post()
					.uri(url)
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("text", e.text()))
					.retrieve()
					.toBodilessEntity();
			}
			catch (RestClientException ex) {
				log.warn("Escalation webhook of rule {} failed: {}", e.rule(), ex.getMessage());
			}
		});
	}

}
