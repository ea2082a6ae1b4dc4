package dev.deskhand.documents;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code deskhand.documents.*}: the key (base64 of 32 bytes, checked by
 * {@link DocumentConfiguration} at startup), the largest file accepted, and how long
 * download links live by default and at most.
 */
@ConfigurationProperties("deskhand.documents")
record DocumentProperties(@Nullable String key, @DefaultValue("20MB") DataSize maxBytes,
		@DefaultValue("15m") Duration linkLifetime, @DefaultValue("7d") Duration maxLinkLifetime) {

	static final Duration LONGEST_LINK = Duration.ofDays(7);

	DocumentProperties {
		if (maxBytes.toBytes() <= 0) {
			throw new IllegalArgumentException("deskhand.documents.max-bytes must be positive");
		}
		if (maxLinkLifetime.compareTo(LONGEST_LINK) > 0 || linkLifetime.compareTo(maxLinkLifetime) > 0
				|| linkLifetime.toMinutes() < 1) {
			throw new IllegalArgumentException("deskhand.documents.link-lifetime must be at least a minute and at most "
					+ "deskhand.documents.max-link-lifetime, which is at most 7 days");
		}
	}
}
