package dev.deskhand.billing.contracts.web;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.billing.NewIssuerProfile;
import dev.deskhand.shared.Text;
import dev.deskhand.workspace.PersonId;
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
 * The caller's own issuer profiles (their name or their agency's), across workspaces.
 * Agents have none.
 */
@RestController
@RequestMapping("/api/v1/billing/issuer-profiles")
class IssuerProfilesApi {

	private final AccessPolicy policy;

	private final ContractManagement contracts;

	IssuerProfilesApi(AccessPolicy policy, ContractManagement contracts) {
		this.policy = policy;
		this.contracts = contracts;
	}

	@GetMapping
	List<IssuerProfileView> list() {
		return contracts.issuerProfiles(me());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds an issuer profile; the IBAN's check digits are verified")
	IssuerProfileView create(@RequestBody NewIssuerProfile n) {
		return contracts.createIssuerProfile(me(), n);
	}

	@GetMapping("/{id}")
	IssuerProfileView profile(@PathVariable UUID id) {
		return contracts.issuerProfile(me(), id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replaces the profile's fields; the logo stays")
	IssuerProfileView update(@PathVariable UUID id, @RequestBody NewIssuerProfile n) {
		return contracts.updateIssuerProfile(me(), id, n);
	}

	@PutMapping("/{id}/logo")
	@Operation(summary = "Sets the logo: PNG or JPEG (checked by content), at most 256 KB")
	IssuerProfileView logo(@PathVariable UUID id, @RequestBody byte[] logo) {
		return contracts.setIssuerLogo(me(), id, logo);
	}

	private PersonId me() {
		PersonId person = policy.requireCaller().person();
		if (person == null) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.ROLE"));
		}
		return person;
	}

}
