package dev.deskhand.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.documents.DocumentCipher.Sealed;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentCipherTests {

	static final byte[] PLAIN = "Proof of delivery 4711, signed by J. Hansen".getBytes(StandardCharsets.UTF_8);

	final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());

	final DocumentId document = DocumentId.random();

	final DocumentCipher cipher = new DocumentCipher(randomKey(), DocumentCipher.CURRENT_KEY_VERSION);

	@Test
	void sealsWithAFreshNonceAndOpensWithTheSameKeyAndRecord() {
		Sealed a = cipher.seal(workspace, document, PLAIN);
		Sealed b = cipher.seal(workspace, document, PLAIN);
		assertThat(a.nonce()).hasSize(DocumentCipher.NONCE_BYTES).isNotEqualTo(b.nonce());
		assertThat(a.ciphertext()).hasSize(PLAIN.length + 16).isNotEqualTo(b.ciphertext());
		assertThat(cipher.open(workspace, document, a)).isEqualTo(PLAIN);
	}

	@Test
	void refusesAnotherKeyAnotherRecordAndAlteredBytes() {
		Sealed sealed = cipher.seal(workspace, document, PLAIN);
		DocumentCipher other = new DocumentCipher(randomKey(), DocumentCipher.CURRENT_KEY_VERSION);
		assertThatThrownBy(() -> other.open(workspace, document, sealed))
			.hasMessageContaining("could not be decrypted");
		assertThatThrownBy(() -> cipher.open(workspace, DocumentId.random(), sealed))
			.hasMessageContaining("could not be decrypted");
		assertThatThrownBy(() -> cipher.open(new WorkspaceId(UUID.randomUUID()), document, sealed))
			.hasMessageContaining("could not be decrypted");
		byte[] altered = sealed.ciphertext().clone();
		altered[0] ^= 1;
		assertThatThrownBy(() -> cipher.open(workspace, document, new Sealed(1, sealed.nonce(), altered)))
			.hasMessageContaining("could not be decrypted");
		assertThatThrownBy(() -> cipher.open(workspace, document, new Sealed(2, sealed.nonce(), sealed.ciphertext())))
			.hasMessageContaining("key version 2");
	}

	@Test
	void failsFastWithAClearMessageWhenTheKeyIsMissingOrShort() {
		assertThatThrownBy(() -> DocumentConfiguration.decodeKey(""))
			.hasMessageContaining("No documents key is configured")
			.hasMessageContaining("DESKHAND_DOCUMENTS_KEY");
		assertThatThrownBy(() -> DocumentConfiguration.decodeKey(Base64.getEncoder().encodeToString(new byte[16])))
			.hasMessageContaining("16 bytes long, not 32");
		assertThatThrownBy(() -> DocumentConfiguration.decodeKey("not base64!"))
			.hasMessageContaining("not valid base64");
		assertThat(DocumentConfiguration.decodeKey(Base64.getEncoder().encodeToString(new byte[32]))).hasSize(32);
	}

	@Test
	void signsLinksOverEveryPartAndComparesThem() {
		LinkSigner signer = new LinkSigner(
				DocumentConfiguration.derive(randomKey(), DocumentConfiguration.LINK_KEY_LABEL));
		MemberId member = MemberId.random();
		String sig = signer.sign(document, workspace, 1_900_000_000L, member);
		assertThat(signer.valid(document, workspace, 1_900_000_000L, member, sig)).isTrue();
		assertThat(signer.valid(document, workspace, 1_900_000_001L, member, sig)).isFalse();
		assertThat(signer.valid(document, workspace, 1_900_000_000L, MemberId.random(), sig)).isFalse();
		assertThat(signer.valid(document, new WorkspaceId(UUID.randomUUID()), 1_900_000_000L, member, sig)).isFalse();
		assertThat(signer.valid(DocumentId.random(), workspace, 1_900_000_000L, member, sig)).isFalse();
		assertThat(signer.valid(document, workspace, 1_900_000_000L, member, "%%%")).isFalse();
	}

	static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
