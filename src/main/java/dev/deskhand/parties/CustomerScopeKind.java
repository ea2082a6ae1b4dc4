package dev.deskhand.parties;

import dev.deskhand.access.ScopeKind;
import dev.deskhand.parties.internal.Parties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the {@code customer} scope kind: its keys are the names of the workspace's
 * customers, which the grant forms offer. (It reads the repository, not the facade: the
 * facade uses access, whose grant checks take the scope kinds.)
 */
@Configuration(proxyBeanMethods = false)
class CustomerScopeKind {

	@Bean
	ScopeKind customerScope(Parties parties) {
		return new ScopeKind(ScopeKind.CUSTOMER.name(), parties::customerNames);
	}

}
