package dev.deskhand.work.internal;

import dev.deskhand.assistant.Intent;
import dev.deskhand.shared.WorkspaceId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which work type an e-mail item gets from the intent the assistant read, per workspace:
 * a manager's choice ({@code work.intent_type}), else the first of the intent's usual
 * names that the workspace already uses as a work type (one with an SOP), else
 * {@code email}, the type every e-mail item had before.
 */
@Repository
public class IntentTypes {

	/** Usual names of each intent's work type, most specific first. */
	private static final Map<Intent, List<String>> USUAL = new EnumMap<>(Map.of(Intent.SHIPMENT_STATUS,
			List.of("shipment-status", "shipment_status", "track-trace"), Intent.DELIVERY_CHANGE,
			List.of("delivery-change", "delivery_change", "delivery", "rebooking"), Intent.BOOKING_REQUEST,
			List.of("booking-request", "booking_request", "booking", "quote"), Intent.BOOKING_CONFIRMATION,
			List.of("booking-confirmation", "booking_confirmation", "booking"), Intent.INVOICE_QUESTION,
			List.of("invoice-question", "invoice_question", "invoice", "billing", "invoicing"), Intent.DOCUMENT_REQUEST,
			List.of("document-request", "document_request", "documents", "pod"), Intent.CANCELLATION,
			List.of("cancellation", "cancel"), Intent.COMPLAINT, List.of("complaint", "claim", "claims", "damage"),
			Intent.CARRIER_UPDATE, List.of("carrier-update", "carrier_update", "carrier"), Intent.OTHER, List.of()));

	private final JdbcClient jdbc;

	private final Sops sops;

	IntentTypes(JdbcClient jdbc, Sops sops) {
		this.jdbc = jdbc;
		this.sops = sops;
	}

	/** The work type of an e-mail item the assistant read as {@code intent}. */
	public String typeFor(WorkspaceId workspace, Intent intent) {
		return all(workspace).get(intent);
	}

	/** Every intent's work type in the workspace. */
	public Map<Intent, String> all(WorkspaceId workspace) {
		Map<String, String> chosen = jdbc.sql("select intent, type from work.intent_type where workspace_id = ?")
			.param(workspace.value())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Set<String> known = sops.currentOf(workspace).stream().map(s -> s.type()).collect(Collectors.toSet());
		Map<Intent, String> types = new EnumMap<>(Intent.class);
		for (Intent intent : Intent.values()) {
			String type = chosen.get(intent.code());
			if (type == null) {
				type = USUAL.get(intent).stream().filter(known::contains).findFirst().orElse(InboxReactions.EMAIL_TYPE);
			}
			types.put(intent, type);
		}
		return types;
	}

	/** A manager's choice of the intent's work type. */
	public void set(WorkspaceId workspace, Intent intent, String type) {
		jdbc.sql("""
				insert into work.intent_type (workspace_id, intent, type) values (?, ?, ?)
				on conflict (workspace_id, intent) do update set type = excluded.type""")
			.params(workspace.value(), intent.code(), type)
			.update();
	}

}
