package dev.deskhand.inbox.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The credential cipher and the inbox's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
class InboxConfiguration {

	@Bean
	CredentialCipher credentialCipher(InboxProperties properties, Environment environment) {
		return CredentialCipher.from(properties.key(), environment.getProperty("deskhand.documents.key"));
	}

}
