package dev.deskhand.shipments.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.shipments.NewOrder;
import dev.deskhand.shipments.NewShipment;
import dev.deskhand.shipments.OrderView;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TrackingEventView;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shipments and orders typed in by hand, a shipment and its timeline, and the tracking
 * webhook's secret. Reading needs WORK_VIEW (and the shipment's customer scope), changing
 * SHIPMENTS_MANAGE.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
class ShipmentsController {

	private final AccessPolicy policy;

	private final ShipmentManagement shipments;

	ShipmentsController(AccessPolicy policy, ShipmentManagement shipments) {
		this.policy = policy;
		this.shipments = shipments;
	}

	@PostMapping("/shipments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates a shipment by hand; every reference is checked (an invalid check digit is a 400 "
			+ "whose pointer names the reference)")
	ShipmentView create(@PathVariable String slug, @RequestBody NewShipment n) {
		return shipments.createShipment(policy.require(slug, Permission.SHIPMENTS_MANAGE), n);
	}

	@GetMapping("/shipments/{id}")
	ShipmentView shipment(@PathVariable String slug, @PathVariable UUID id) {
		return shipments.shipment(policy.require(slug, Permission.WORK_VIEW), new ShipmentId(id));
	}

	@PutMapping("/shipments/{id}")
	@Operation(summary = "Replaces a shipment's own fields, references and milestones; its events stay")
	ShipmentView update(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewShipment n) {
		return shipments.updateShipment(policy.require(slug, Permission.SHIPMENTS_MANAGE), new ShipmentId(id), n);
	}

	@GetMapping("/shipments/{id}/events")
	@Operation(summary = "The shipment's timeline by event time, retracted and planned events included")
	List<TrackingEventView> events(@PathVariable String slug, @PathVariable UUID id) {
		return shipments.events(policy.require(slug, Permission.WORK_VIEW), new ShipmentId(id));
	}

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	OrderView createOrder(@PathVariable String slug, @RequestBody NewOrder n) {
		return shipments.createOrder(policy.require(slug, Permission.SHIPMENTS_MANAGE), n);
	}

	@GetMapping("/orders/{id}")
	OrderView order(@PathVariable String slug, @PathVariable UUID id) {
		return shipments.order(policy.require(slug, Permission.WORK_VIEW), id);
	}

	record WebhookSecret(String secret, String header, String signs) {
	}

	@PostMapping("/tracking-webhook/secret")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates or replaces the workspace's tracking webhook secret (managers and owners); it is "
			+ "in this answer and nowhere else")
	WebhookSecret rotateSecret(@PathVariable String slug) {
		String secret = shipments.rotateWebhookSecret(policy.require(slug, Permission.SHIPMENTS_MANAGE));
		return new WebhookSecret(secret, "X-Deskhand-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>", "<t>.<body>");
	}

}
