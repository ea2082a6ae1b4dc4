package dev.deskhand.billing.contracts;

import dev.deskhand.billing.ContractManagement;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ends contracts whose last day has passed, every ten minutes. */
@Component
class ContractEndSweep {

	private final ContractManagement contracts;

	ContractEndSweep(ContractManagement contracts) {
		this.contracts = contracts;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT10M")
	void sweep() {
		contracts.endContractsPastTheirEnd();
	}

}
