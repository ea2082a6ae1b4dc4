package dev.deskhand.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentCipher.Sealed;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.workspace.Role;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class DocumentStoreTests {

	static final ScopeRef ACME = new ScopeRef("customer", "ACME");
	static final ScopeRef GLOBEX = new ScopeRef("customer", "GLOBEX");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	DocumentStore documents;

	@Autowired
	DocumentCipher configuredCipher;

	@Autowired
	DocumentProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void storedFileIsNotReadableFromTheDatabaseWithoutTheKey() {
		Ws ws = fixtures.workspace("crypt");
		byte[] plain = text("Proof of delivery 4711: 12 pallets received in good order by Jens Hansen");
		DocumentView doc = documents.store(owner(ws), "pod-4711.txt", plain, null);

		Sealed stored = sealedRow(doc.id());
		assertThat(indexOf(stored.ciphertext(), plain)).isEqualTo(-1);
		assertThat(indexOf(stored.ciphertext(), text("Jens Hansen"))).isEqualTo(-1);
		assertThat(stored.nonce()).hasSize(12);
		DocumentCipher otherKey = new DocumentCipher(DocumentCipherTests.randomKey(),
				DocumentCipher.CURRENT_KEY_VERSION);
		assertThatThrownBy(() -> otherKey.open(ws.view().id(), doc.id(), stored))
			.hasMessageContaining("could not be decrypted");
		assertThat(configuredCipher.open(ws.view().id(), doc.id(), stored)).isEqualTo(plain);
		assertThat(download(ws, doc).bytes()).isEqualTo(plain);
		assertThat(doc.sha256()).isEqualTo(UploadCheck.sha256(plain));
	}

	@Test
	void ciphertextMovedToAnotherRowOrWorkspaceDoesNotDecrypt() {
		Ws ws = fixtures.workspace("move");
		Ws other = fixtures.workspace("move-other");
		DocumentView source = documents.store(owner(ws), "a.txt", text("Rate card ACME 2026: 12.50"), null);
		DocumentView target = documents.store(owner(ws), "b.txt", text("Rate card INIT 2026: 99.99"), null);
		DocumentView elsewhere = documents.store(owner(other), "c.txt", text("Rate card XXXX 2026: 00.01"), null);
		copyCiphertext(source.id(), target.id());
		copyCiphertext(source.id(), elsewhere.id());

		assertThatThrownBy(() -> download(ws, target)).hasMessageContaining("could not be decrypted");
		assertThatThrownBy(() -> download(other, elsewhere)).hasMessageContaining("could not be decrypted");
		assertThat(download(ws, source).bytes()).isEqualTo(text("Rate card ACME 2026: 12.50"));
	}

	@Test
	void refusesEmptyAndOversizedFilesNamingTheFileField() {
		Ws ws = fixtures.workspace("limits");
		byte[] tooLarge = new byte[(int) properties.maxBytes().toBytes() + 1];
		Arrays.fill(tooLarge, (byte) 'a');
		assertThatThrownBy(() -> documents.store(owner(ws), "big.txt", tooLarge, null))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/file"))
			.hasMessage("The file is larger than 20 MiB");
		assertThatThrownBy(() -> documents.store(owner(ws), "empty.txt", new byte[0], null))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/file"))
			.hasMessage("The file is empty");
	}

	@Test
	void refusesHtmlAndProgramsAndStoresNothing() {
		Ws ws = fixtures.workspace("sniff");
		assertThatThrownBy(() -> documents.store(owner(ws), "invoice.pdf", text("<html><script>x()</script>"), null))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/file"))
			.hasMessage("HTML files are not accepted: they could run scripts when opened");
		assertThatThrownBy(() -> documents.store(owner(ws), "tool.pdf",
				DocumentContentSniffingTests.bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0), null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("Programs and scripts");
		assertThat(documents.list(owner(ws), PageRequest.of(0, 10)).total()).isZero();
	}

	@Test
	void decidesTheContentTypeFromTheBytesAndSanitisesTheName() {
		Ws ws = fixtures.workspace("types");
		byte[] png = DocumentContentSniffingTests.bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13);
		DocumentView doc = documents.store(owner(ws), "C:\\scans\\photo\u0007.pdf", png, null);
		assertThat(doc.contentType()).isEqualTo("image/png");
		assertThat(doc.name()).isEqualTo("photo.pdf");
		assertThat(doc.size()).isEqualTo(png.length);
	}

	@Test
	void storingTheSameFileTwiceReturnsTheFirstAndPublishesOnce() {
		Ws ws = fixtures.workspace("dedupe");
		DocumentView first = documents.store(owner(ws), "cmr.txt", text("CMR 99"), ACME);
		DocumentView again = documents.store(owner(ws), "cmr.txt", text("CMR 99"), ACME);
		DocumentView otherScope = documents.store(owner(ws), "cmr.txt", text("CMR 99"), GLOBEX);
		assertThat(again).isEqualTo(first);
		assertThat(otherScope.id()).isNotEqualTo(first.id());
		assertThat(events.stream(DocumentStored.class).filter(e -> e.workspace().equals(ws.view().id()))).hasSize(2);
		assertThat(events.stream(AuditableChange.class)
			.filter(c -> c.subjectType().equals("document") && c.subjectId().equals(first.id().toString())))
			.singleElement()
			.satisfies(c -> assertThat(c.after()).isEqualTo(first));
	}

	@Test
	void scopedAssistantSeesOnlyTheirCustomersDocuments() {
		Ws ws = fixtures.workspace("scopes");
		Member assistant = fixtures.member(ws, Role.ASSISTANT, null, ACME);
		DocumentView acme = documents.store(owner(ws), "acme.txt", text("ACME order"), ACME);
		DocumentView globex = documents.store(owner(ws), "globex.txt", text("GLOBEX order"), GLOBEX);
		DocumentView internal = documents.store(owner(ws), "internal.txt", text("Payroll"), null);
		Membership va = as(assistant, ws, Permission.DOCUMENTS_VIEW);

		assertThat(documents.list(va, PageRequest.of(0, 50)).items()).containsExactly(acme);
		assertThat(documents.find(va, acme.id())).contains(acme);
		assertThat(documents.find(va, globex.id())).isEmpty();
		assertThat(documents.find(va, internal.id())).isEmpty();
		assertThatThrownBy(() -> documents.issueLink(va, globex.id(), null)).isInstanceOf(NotFoundException.class);
		assertThat(documents.list(owner(ws), PageRequest.of(0, 50)).items()).containsExactlyInAnyOrder(acme, globex,
				internal);
	}

	@Test
	void scopedMemberFilesDocumentsOnlyUnderTheirOwnScopes() {
		Ws ws = fixtures.workspace("scope-upload");
		Member assistant = fixtures.member(ws, Role.ASSISTANT, null, ACME);
		Membership va = as(assistant, ws, Permission.DOCUMENTS_UPLOAD);
		assertThatThrownBy(() -> documents.store(va, "x.txt", text("x"), null))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/scope"));
		assertThatThrownBy(() -> documents.store(va, "x.txt", text("x"), GLOBEX))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/scope"));
		assertThatThrownBy(() -> documents.store(owner(ws), "x.txt", text("x"), new ScopeRef("planet", "Mars")))
			.hasMessage("Unknown scope kind: planet");
		assertThat(documents.store(va, "x.txt", text("x"), ACME).uploadedBy()).isEqualTo(assistant.member().id());
	}

	@Test
	void deletingWipesTheCiphertextKeepsTheMetadataAndIsAudited() {
		Ws ws = fixtures.workspace("delete");
		DocumentView doc = documents.store(owner(ws), "old.txt", text("obsolete"), null);
		documents.delete(owner(ws), doc.id());
		assertThat(documents.find(owner(ws), doc.id())).isEmpty();
		assertThat(jdbc
			.sql("select octet_length(ciphertext) from documents.document where id = ? and deleted_at is not null")
			.param(doc.id().value())
			.query(Integer.class)
			.single()).isZero();
		assertThat(events.stream(AuditableChange.class)
			.filter(c -> c.action() == AuditableChange.Action.DELETE && c.subjectId().equals(doc.id().toString())))
			.singleElement()
			.satisfies(c -> assertThat(c.before()).isEqualTo(doc));
		assertThatThrownBy(() -> documents.delete(owner(ws), doc.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aModulesOwnDocumentsAreSeenByNoMemberHoweverWideTheirGrant() {
		Ws ws = fixtures.workspace("module-docs");
		DocumentView cv = documents.storeForModule(ws.view().id(), "hiring", "cv.txt",
				new java.io.ByteArrayInputStream(text("Curriculum vitae of a bidder, not for the team's file list")));
		Membership assistant = as(fixtures.member(ws, Role.ASSISTANT, null), ws, Permission.DOCUMENTS_VIEW);
		for (Membership m : java.util.List.of(owner(ws), assistant)) {
			assertThat(documents.list(m, PageRequest.of(0, 50)).items()).doesNotContain(cv);
			assertThat(documents.find(m, cv.id())).isEmpty();
			assertThatThrownBy(() -> documents.issueLink(m, cv.id(), null)).isInstanceOf(NotFoundException.class);
		}
		assertThat(documents.readForSystem(ws.view().id(), cv.id(), "the module's own read").bytes())
			.isEqualTo(text("Curriculum vitae of a bidder, not for the team's file list"));
	}

	private Membership owner(Ws ws) {
		return as(ws.owner(), ws, Permission.DOCUMENTS_DELETE);
	}

	private Membership as(Member member, Ws ws, Permission permission) {
		return fixtures.as(member, () -> policy.require(ws.slug(), permission));
	}

	private DocumentContent download(Ws ws, DocumentView doc) {
		return documents.open(documents.issueLink(owner(ws), doc.id(), null));
	}

	private Sealed sealedRow(DocumentId id) {
		return jdbc.sql("select key_version, nonce, ciphertext from documents.document where id = ?")
			.param(id.value())
			.query((rs, n) -> new Sealed(rs.getInt(1), rs.getBytes(2), rs.getBytes(3)))
			.single();
	}

	private void copyCiphertext(DocumentId from, DocumentId to) {
		jdbc.sql("""
				update documents.document t set nonce = s.nonce, ciphertext = s.ciphertext
				from documents.document s where s.id = ? and t.id = ?""").params(from.value(), to.value()).update();
	}

	static byte[] text(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
