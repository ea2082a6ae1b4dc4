package dev.deskhand.workspace;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class WorkspaceConfiguration {

	/**
	 * bcrypt, with the algorithm's id stored beside each hash so it can be upgraded
	 * later. The cost is configurable ({@code deskhand.security.bcrypt-strength}, default
	 * 12) so tests that create hundreds of people can lower it.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${deskhand.security.bcrypt-strength:12}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}

}
