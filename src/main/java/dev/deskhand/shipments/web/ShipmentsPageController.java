package dev.deskhand.shipments.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.web.ShipmentReads.Filter;
import dev.deskhand.shipments.web.ShipmentReads.ShipmentRow;
import dev.deskhand.shipments.web.ShipmentReads.Sort;
import dev.deskhand.shipments.web.ShipmentReads.View;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tracking dashboard: counts of shipments at risk, late, in exception and delivered
 * today; the list with its filters, sort and pages, reloaded live when an import commits;
 * the filtered list as CSV. Reading shipments needs {@link Permission#WORK_VIEW}; a
 * scoped member sees only her customers' shipments.
 */
@Controller
class ShipmentsPageController {

	static final int PAGE_SIZE = 50;

	static final int EXPORT_LIMIT = 50_000;

	private final AccessPolicy policy;

	private final ShipmentReads reads;

	private final ShipmentChanges changes;

	private final MessageSource messages;

	private final Clock clock;

	ShipmentsPageController(AccessPolicy policy, ShipmentReads reads, ShipmentChanges changes, MessageSource messages,
			Clock clock) {
		this.policy = policy;
		this.reads = reads;
		this.changes = changes;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/w/{slug}/shipments")
	String dashboard(@PathVariable String slug, @RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable UUID customer,
			@RequestParam(required = false) @Nullable UUID carrier,
			@RequestParam(required = false) @Nullable String mode,
			@RequestParam(required = false) @Nullable String lane,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		Filter filter = filter(view, customer, carrier, mode, lane, status, q, sort);
		Page<ShipmentRow> rows = reads.list(m, filter, PageRequest.of(page, PAGE_SIZE));
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("rows", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("counts", reads.counts(m));
		String base = query(slug, filter, "");
		model.addAttribute("base", base);
		model.addAttribute("exportUrl", query(slug, filter, "/export.csv"));
		if (htmx != null) {
			return "shipments/dashboard :: live";
		}
		Map<UUID, PartyView> parties = reads.parties(m);
		model.addAttribute("customers", parties.values().stream().filter(p -> p.kind() == PartyKind.CUSTOMER).toList());
		model.addAttribute("carriers", parties.values().stream().filter(p -> p.kind() == PartyKind.CARRIER).toList());
		model.addAttribute("lanes", reads.lanes(m));
		model.addAttribute("modes", Arrays.stream(TransportMode.values()).map(TransportMode::code).toList());
		model.addAttribute("statuses", Arrays.stream(TrackingStatus.values()).map(TrackingStatus::code).toList());
		model.addAttribute("views", Arrays.stream(View.values()).map(View::code).toList());
		model.addAttribute("sorts", Arrays.stream(Sort.values()).map(Sort::code).toList());
		model.addAttribute("canImport", m.can(Permission.SHIPMENTS_MANAGE));
		return "shipments/dashboard";
	}

	/**
	 * Server-sent events: "shipments-changed" whenever an import into the workspace
	 * commits.
	 */
	@GetMapping(path = "/w/{slug}/shipments/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter watch(@PathVariable String slug) {
		return changes.watch(policy.require(slug, Permission.WORK_VIEW).workspace().id(),
				SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The filtered list as CSV (UTF-8 with BOM, semicolons: opens as columns in Excel).
	 */
	@GetMapping("/w/{slug}/shipments/export.csv")
	ResponseEntity<byte[]> export(@PathVariable String slug, @RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable UUID customer,
			@RequestParam(required = false) @Nullable UUID carrier,
			@RequestParam(required = false) @Nullable String mode,
			@RequestParam(required = false) @Nullable String lane,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sort) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		List<ShipmentRow> rows = reads.all(m, filter(view, customer, carrier, mode, lane, status, q, sort),
				EXPORT_LIMIT);
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(m.workspace().timeZone());
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";",
				List.of("shipment", "reference", "mode", "customer", "carrier", "origin", "destination", "status",
						"promised", "eta", "eta_source", "last_location", "delivered", "late", "at_risk")
					.stream()
					.map(h -> cell(messages.getMessage("shipments.page.csv." + h, null, h, locale)))
					.toList()))
			.append("\r\n");
		for (ShipmentRow r : rows) {
			csv.append(String.join(
					";", List
						.of(r.label(), r.reference(),
								r.mode() == null ? ""
										: messages.getMessage("shipments.page.mode." + r.mode(), null, locale),
								r.customer(), r.carrier(), r.origin(), r.destination(),
								messages.getMessage("shipments.page.status." + r.status(), null, r.status(), locale),
								r.promised() == null ? "" : time.format(r.promised()),
								r.eta() == null ? "" : time.format(r.eta()), r.etaSource() == null ? "" : r.etaSource(),
								r.lastLocation() == null ? "" : r.lastLocation(),
								r.deliveredAt() == null ? "" : time.format(r.deliveredAt()), yes(r.late(), locale),
								yes(r.atRisk(), locale))
						.stream()
						.map(ShipmentsPageController::cell)
						.toList()))
				.append("\r\n");
		}
		String name = "shipments-" + m.workspace().slug() + "-"
				+ DateTimeFormatter.ISO_LOCAL_DATE.withZone(m.workspace().timeZone()).format(clock.instant()) + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String yes(boolean b, Locale locale) {
		return b ? messages.getMessage("shipments.page.csv.yes", null, locale) : "";
	}

	/** A CSV cell, quoted when needed; a leading formula character is defused. */
	static String cell(String value) {
		String v = value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	private static Filter filter(@Nullable String view, @Nullable UUID customer, @Nullable UUID carrier,
			@Nullable String mode, @Nullable String lane, @Nullable String status, @Nullable String q,
			@Nullable String sort) {
		String m = mode != null && Arrays.stream(TransportMode.values()).anyMatch(t -> t.code().equals(mode)) ? mode
				: null;
		String s = status != null && Arrays.stream(TrackingStatus.values()).anyMatch(t -> t.code().equals(status))
				? status : null;
		return new Filter(View.parse(view), customer, carrier, m, lane == null || lane.isBlank() ? null : lane, s,
				q == null || q.isBlank() ? null : q.trim(), Sort.parse(sort));
	}

	/** The dashboard's URL with the filter (the pager adds its page). */
	private static String query(String slug, Filter f, String suffix) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/w/{slug}/shipments" + suffix);
		if (f.view() != View.ALL) {
			b.queryParam("view", f.view().code());
		}
		if (f.customer() != null) {
			b.queryParam("customer", f.customer());
		}
		if (f.carrier() != null) {
			b.queryParam("carrier", f.carrier());
		}
		if (f.mode() != null) {
			b.queryParam("mode", f.mode());
		}
		if (f.lane() != null) {
			b.queryParam("lane", f.lane());
		}
		if (f.status() != null) {
			b.queryParam("status", f.status());
		}
		if (f.q() != null) {
			b.queryParam("q", f.q());
		}
		if (f.sort() != Sort.ETA) {
			b.queryParam("sort", f.sort().code());
		}
		return b.encode().buildAndExpand(slug).toUriString();
	}

}
