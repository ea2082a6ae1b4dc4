package dev.deskhand.billing.contracts.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ClientProfileView;
import dev.deskhand.billing.ContractId;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.NewClientProfile;
import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewRate;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts and the workspace's billing profile over REST. An assistant reads and accepts
 * their own contract; the owner (BILLING_MANAGE) everything. A contract not the caller's
 * answers 404.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
class ContractsApi {

	private final AccessPolicy policy;

	private final ContractManagement contracts;

	ContractsApi(AccessPolicy policy, ContractManagement contracts) {
		this.policy = policy;
		this.contracts = contracts;
	}

	@GetMapping("/contracts")
	@Operation(summary = "The caller's own contracts; every contract of the workspace for its owner")
	List<ContractView> list(@PathVariable String slug) {
		return contracts.contracts(policy.require(slug, Permission.BILLING_VIEW));
	}

	@PostMapping("/contracts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Offers a contract to an assistant: a draft until its clauses are accepted")
	ContractView create(@PathVariable String slug, @RequestBody NewContract n) {
		return contracts.create(policy.require(slug, Permission.BILLING_MANAGE), n);
	}

	@GetMapping("/contracts/{id}")
	ContractView contract(@PathVariable String slug, @PathVariable UUID id) {
		return contracts.contract(policy.require(slug, Permission.BILLING_VIEW), new ContractId(id));
	}

	@PostMapping("/contracts/{id}/rates")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new rate from a day on; rates in force are never changed")
	ContractView addRate(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewRate rate) {
		return contracts.addRate(policy.require(slug, Permission.BILLING_MANAGE), new ContractId(id), rate);
	}

	record ClauseAcceptance(@Nullable Integer version) {
	}

	@PostMapping("/contracts/{id}/clauses/{clause}/acceptance")
	@Operation(summary = "The contract's assistant accepts a clause (NDA, IP_ASSIGNMENT, AUDIT_RIGHTS); "
			+ "the last one activates the contract")
	ContractView accept(@PathVariable String slug, @PathVariable UUID id, @PathVariable String clause,
			@RequestBody(required = false) @Nullable ClauseAcceptance acceptance) {
		int version = acceptance == null || acceptance.version() == null ? ClauseKind.CURRENT_VERSION
				: acceptance.version();
		return contracts.acceptClause(policy.require(slug, Permission.BILLING_VIEW), new ContractId(id), clause(clause),
				version);
	}

	record ContractEnding(@Nullable String reason) {
	}

	@PostMapping("/contracts/{id}/end")
	@Operation(summary = "Ends the contract now and the access it gave")
	ContractView end(@PathVariable String slug, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable ContractEnding ending) {
		return contracts.end(policy.require(slug, Permission.BILLING_MANAGE), new ContractId(id),
				ending == null || ending.reason() == null ? "" : ending.reason());
	}

	record ContractEndDate(@Nullable LocalDate endsOn) {
	}

	@PutMapping("/contracts/{id}/end-date")
	@Operation(summary = "Moves the contract's last day (null: no end); an active contract's access follows it")
	ContractView changeEnd(@PathVariable String slug, @PathVariable UUID id, @RequestBody ContractEndDate date) {
		return contracts.changeEnd(policy.require(slug, Permission.BILLING_MANAGE), new ContractId(id), date.endsOn());
	}

	@GetMapping("/billing-profile")
	@Operation(summary = "The workspace's billing profile as the recipient of invoices (owner only); "
			+ "204 while it has none")
	ResponseEntity<ClientProfileView> clientProfile(@PathVariable String slug) {
		return contracts.clientProfile(policy.require(slug, Permission.BILLING_MANAGE))
			.map(ResponseEntity::ok)
			.orElse(ResponseEntity.noContent().build());
	}

	@PutMapping("/billing-profile")
	ClientProfileView saveClientProfile(@PathVariable String slug, @RequestBody NewClientProfile n) {
		return contracts.saveClientProfile(policy.require(slug, Permission.BILLING_MANAGE), n);
	}

	static ClauseKind clause(String name) {
		for (ClauseKind k : ClauseKind.values()) {
			if (k.name().equalsIgnoreCase(name)) {
				return k;
			}
		}
		throw new NotFoundException(Text.of("billing.contract.error.clause"));
	}

}
