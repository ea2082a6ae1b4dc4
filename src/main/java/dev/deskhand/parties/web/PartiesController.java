package dev.deskhand.parties.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.ContactView;
import dev.deskhand.parties.ImportResult;
import dev.deskhand.parties.NewContact;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's customers and carriers: reading needs WORK_VIEW (a scoped member sees the
 * carriers and the customers of their scopes), changing PARTIES_MANAGE.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/parties")
class PartiesController {

	private final AccessPolicy policy;

	private final PartyManagement parties;

	PartiesController(AccessPolicy policy, PartyManagement parties) {
		this.policy = policy;
		this.parties = parties;
	}

	@GetMapping
	@Operation(summary = "Lists parties; q matches a name's start or any part of it, whatever its case")
	List<PartyView> list(@PathVariable String slug, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable PartyKind kind, @RequestParam(defaultValue = "50") int limit) {
		return parties.list(policy.require(slug, Permission.WORK_VIEW), kind, q, limit);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PartyView create(@PathVariable String slug, @RequestBody NewParty n) {
		return parties.create(manager(slug), n);
	}

	@GetMapping("/{id}")
	PartyView party(@PathVariable String slug, @PathVariable UUID id) {
		return parties.party(policy.require(slug, Permission.WORK_VIEW), new PartyId(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replaces a party's fields and domains; its contacts stay")
	PartyView update(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewParty n) {
		return parties.update(manager(slug), new PartyId(id), n);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable UUID id) {
		parties.delete(manager(slug), new PartyId(id));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	ContactView addContact(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewContact c) {
		return parties.addContact(manager(slug), new PartyId(id), c);
	}

	@PutMapping("/{id}/contacts/{contact}")
	ContactView updateContact(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID contact,
			@RequestBody NewContact c) {
		return parties.updateContact(manager(slug), new PartyId(id), contact, c);
	}

	@DeleteMapping("/{id}/contacts/{contact}")
	ResponseEntity<Void> removeContact(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID contact) {
		parties.removeContact(manager(slug), new PartyId(id), contact);
		return ResponseEntity.noContent().build();
	}

	record DomainRequest(String domain) {
	}

	@PostMapping("/{id}/domains")
	@ResponseStatus(HttpStatus.CREATED)
	PartyView addDomain(@PathVariable String slug, @PathVariable UUID id, @RequestBody DomainRequest r) {
		return parties.addDomain(manager(slug), new PartyId(id), r.domain() == null ? "" : r.domain());
	}

	@DeleteMapping("/{id}/domains/{domain}")
	PartyView removeDomain(@PathVariable String slug, @PathVariable UUID id, @PathVariable String domain) {
		return parties.removeDomain(manager(slug), new PartyId(id), domain);
	}

	@PostMapping(path = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Imports customers, carriers and contacts from CSV (see the README for the columns); "
			+ "all or nothing, a refused line is named in errors[0].pointer as /csv/LINE")
	ImportResult importCsv(@PathVariable String slug, @RequestBody byte[] csv) {
		return parties.importCsv(manager(slug), csv);
	}

	record ImportRequest(String csv) {
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The same import with the CSV text in a JSON field csv")
	ImportResult importJson(@PathVariable String slug, @RequestBody ImportRequest r) {
		return parties.importCsv(manager(slug), (r.csv() == null ? "" : r.csv()).getBytes(StandardCharsets.UTF_8));
	}

	private Membership manager(String slug) {
		return policy.require(slug, Permission.PARTIES_MANAGE);
	}

}
