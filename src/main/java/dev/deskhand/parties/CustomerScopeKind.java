package dev.deskhand.parties;

import dev.deskhand.access.ScopeKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the {@code customer} scope kind: its keys are the names of the workspace's
 * customers, which the grant forms offer.
 */
@Configuration(proxyBeanMethods = false)
class CustomerScopeKind {

	@Bean
	ScopeKind customerScope(PartyManagement parties) {
		return new ScopeKind(ScopeKind.CUSTOMER.name(), parties::customerNames);
	}

}
