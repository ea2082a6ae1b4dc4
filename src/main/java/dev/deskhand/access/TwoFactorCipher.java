package dev.deskhand.access;

import dev.deskhand.shared.SecretSealer;
import dev.deskhand.workspace.PersonId;
import java.nio.ByteBuffer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seals two-factor secrets ({@link SecretSealer}) with the person's id as associated
 * data: a secret copied to another person's row does not open.
 */
@Component
class TwoFactorCipher {

	static final String LABEL = "deskhand/access/two-factor/v1";

	private final SecretSealer sealer;

	TwoFactorCipher(Environment environment) {
		this.sealer = SecretSealer.derivedFrom(environment.getProperty("deskhand.documents.key"), LABEL);
	}

	byte[] seal(PersonId person, String secret) {
		return sealer.seal(secret, context(person));
	}

	String open(PersonId person, byte[] sealed) {
		return sealer.open(sealed, context(person), "two-factor secret of person " + person);
	}

	private static byte[] context(PersonId person) {
		return ByteBuffer.allocate(16)
			.putLong(person.value().getMostSignificantBits())
			.putLong(person.value().getLeastSignificantBits())
			.array();
	}

}
