package dev.deskhand.shipments.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shipments.ShipmentConversations;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentWorkItems;
import dev.deskhand.shipments.internal.ReferenceCheck;
import dev.deskhand.shipments.web.ShipmentReads.ShipmentRow;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A shipment's page: its header (number, mode, customer, carrier, lane, promised and
 * current ETA with its source, status in words), the timeline of its events by event
 * time, the planned milestones against what happened, its references with their validity,
 * its documents (a POD uploaded here is filed under the customer's scope), the work items
 * and the e-mail conversations about it.
 */
@Controller
class ShipmentPageController {

	private final AccessPolicy policy;

	private final ShipmentReads reads;

	private final ShipmentManagement management;

	private final DocumentStore documents;

	private final ObjectProvider<ShipmentWorkItems> work;

	private final ObjectProvider<ShipmentConversations> conversations;

	private final JdbcClient jdbc;

	private final Clock clock;

	ShipmentPageController(AccessPolicy policy, ShipmentReads reads, ShipmentManagement management,
			DocumentStore documents, ObjectProvider<ShipmentWorkItems> work,
			ObjectProvider<ShipmentConversations> conversations, JdbcClient jdbc, Clock clock) {
		this.policy = policy;
		this.reads = reads;
		this.management = management;
		this.documents = documents;
		this.work = work;
		this.conversations = conversations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/w/{slug}/shipments/{id}")
	String page(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		ShipmentRow s = reads.shipment(m, id);
		List<ShipmentReads.Reference> references = reads.references(id);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("s", s);
		model.addAttribute("events", reads.events(id));
		model.addAttribute("milestones", reads.milestones(id));
		model.addAttribute("now", clock.instant());
		model.addAttribute("references", references.stream().map(ShipmentPageController::checked).toList());
		model.addAttribute("trackingUrl", trackingUrl(m, s));
		model.addAttribute("documents", documents(m, id));
		model.addAttribute("canUpload", m.can(Permission.DOCUMENTS_UPLOAD));
		model.addAttribute("order", reads.orderOf(id).flatMap(o -> {
			try {
				return java.util.Optional.of(management.order(m, o));
			}
			catch (dev.deskhand.shared.NotFoundException e) {
				return java.util.Optional.empty();
			}
		}).orElse(null));
		List<String> named = references.stream()
			.flatMap(r -> java.util.stream.Stream.of(r.value(), r.written()))
			.distinct()
			.toList();
		ShipmentWorkItems items = work.getIfAvailable();
		model.addAttribute("items", items == null ? List.of() : items.of(m, new ShipmentId(id), s.label(), named, 20));
		ShipmentConversations mail = conversations.getIfAvailable();
		model.addAttribute("conversations",
				mail == null ? List.of() : mail.of(m, new ShipmentId(id), s.label(), named, 10));
		return "shipments/shipment";
	}

	/** Files a POD (or another document) under the customer's scope and attaches it. */
	@PostMapping("/w/{slug}/shipments/{id}/documents")
	@Transactional
	String upload(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "pod") String kind, RedirectAttributes flash) throws IOException {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		ShipmentRow s = reads.shipment(m, id);
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("error", Text.of("shipments.page.doc.empty"));
			return "redirect:/w/" + slug + "/shipments/" + id + "#documents";
		}
		ScopeRef scope = customerScope(m, s);
		try {
			DocumentView d = documents.store(m, file.getOriginalFilename(), file.getBytes(), scope);
			jdbc.sql("""
					insert into shipments.shipment_document (shipment_id, document_id, kind, attached_by, attached_at)
					values (?, ?, ?, ?, ?) on conflict do nothing
					""")
				.params(id, d.id().value(), "other".equals(kind) ? "other" : "pod", m.member().id().toString(),
						Timestamp.from(clock.instant()))
				.update();
			flash.addFlashAttribute("ok", "shipments.page.doc.attached");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/shipments/" + id + "#documents";
	}

	/** A reference with the reason its check failed (null when valid). */
	public record CheckedReference(String type, String written, boolean valid, @Nullable Text reason) {
	}

	private static CheckedReference checked(ShipmentReads.Reference r) {
		@Nullable Text reason = null;
		if (!r.valid()) {
			ReferenceType type;
			try {
				type = ReferenceType.parse(r.type());
			}
			catch (IllegalArgumentException e) {
				type = null;
			}
			reason = ReferenceCheck.check(type, r.written()).reason();
		}
		return new CheckedReference(r.type(), r.written(), r.valid(), reason);
	}

	/**
	 * The carrier's public tracking page for the shipment's first reference, if it has a
	 * template.
	 */
	private @Nullable String trackingUrl(Membership m, ShipmentRow s) {
		if (s.carrierId() == null || s.reference().isEmpty()) {
			return null;
		}
		PartyView carrier = reads.parties(m).get(s.carrierId());
		if (carrier == null || carrier.carrierCodes() == null) {
			return null;
		}
		String url = carrier.carrierCodes().trackingUrl(s.reference());
		return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
	}

	private @Nullable ScopeRef customerScope(Membership m, ShipmentRow s) {
		if (s.customerId() == null) {
			return null;
		}
		PartyView customer = reads.parties(m).get(s.customerId());
		String scope = customer == null ? null : customer.scope();
		return scope == null ? null : ScopeRef.parse(scope);
	}

	/** A document attached here and the kind it was attached as. */
	public record Attached(DocumentView document, String kind) {
	}

	private List<Attached> documents(Membership m, UUID shipment) {
		if (!m.can(Permission.DOCUMENTS_VIEW)) {
			return List.of();
		}
		return jdbc
			.sql("select document_id, kind from shipments.shipment_document where shipment_id = ?"
					+ " order by attached_at desc")
			.params(shipment)
			.query((rs, i) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
			.list()
			.stream()
			.flatMap(r -> find(m, (UUID) r[0]).map(d -> new Attached(d, (String) r[1])).stream())
			.toList();
	}

	private Optional<DocumentView> find(Membership m, UUID id) {
		return documents.find(m, new DocumentId(id));
	}

}
