package dev.deskhand.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PartyImportTests {

	static final String DANISH = """
			\uFEFFkind;name;language;domains;contact name;contact email;contact phone
			customer;Ærø Møbler;da;aeroe-moebler.example;Søren Ørsted;soren@aeroe-moebler.example;+45 62 52 11 00
			customer;Ærø Møbler;da;;Åse Kjær;ase@aeroe-moebler.example;
			kunde;Brødrene Dahl;da;brdr-dahl.example brdahl.example;;;
			carrier;"Fragt & Co; Aabenraa";da;fragt.example;;;
			""";

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PartyManagement parties;

	@Autowired
	AccessPolicy policy;

	Membership manager(TestFixtures.Ws ws) {
		return fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.PARTIES_MANAGE));
	}

	@Test
	void importsDanishCustomersWithTheirContactsAndUpdatesOnReimportInsteadOfDuplicating() {
		var ws = fixtures.workspace("import");
		Membership m = manager(ws);
		ImportResult first = parties.importCsv(m, DANISH.getBytes(StandardCharsets.UTF_8));
		assertThat(first).isEqualTo(new ImportResult(3, 0, 2));
		PartyView aeroe = parties.list(m, null, "ærø", 10).getFirst();
		assertThat(aeroe.name()).isEqualTo("Ærø Møbler");
		assertThat(aeroe.contacts()).extracting(ContactView::name).containsExactly("Søren Ørsted", "Åse Kjær");
		assertThat(parties.list(m, null, "brødrene", 10).getFirst().domains()).containsExactly("brdahl.example",
				"brdr-dahl.example");
		assertThat(parties.list(m, PartyKind.CARRIER, null, 10)).extracting(PartyView::name)
			.containsExactly("Fragt & Co; Aabenraa");
		assertThat(parties.matchSender(ws.view().id(), "someone@AEROE-moebler.example")).map(PartyView::name)
			.contains("Ærø Møbler");

		String again = """
				name,kind,contact email,contact phone
				ærø møbler,customer,SOREN@aeroe-moebler.example,+45 70 00 00 00
				""";
		ImportResult second = parties.importCsv(m, again.getBytes(StandardCharsets.UTF_8));
		assertThat(second).isEqualTo(new ImportResult(0, 1, 1));
		PartyView updated = parties.party(m, aeroe.id());
		assertThat(updated.contacts()).hasSize(2);
		assertThat(updated.contacts().getFirst().phone()).isEqualTo("+45 70 00 00 00");
		assertThat(parties.list(m, null, null, 50)).hasSize(3);
	}

	@Test
	void aBrokenLineIsNamedByItsNumberAndNothingIsStored() {
		var ws = fixtures.workspace("import");
		Membership m = manager(ws);
		String broken = """
				kind;name;language;domains;contact name;contact email
				customer;Ærø Møbler;da;aeroe-moebler.example;Søren Ørsted;soren@aeroe-moebler.example
				customer;Østjysk Fragt;da;;Jørgen Bæk;jørgen-at-oestjysk
				""";
		assertThatThrownBy(() -> parties.importCsv(m, broken.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRefused.class, e -> {
				assertThat(e.line()).isEqualTo(3);
				assertThat(e.messageKey()).isEqualTo("parties.error.email");
				assertThat(e.field()).isEqualTo("/csv/3");
			});
		assertThat(parties.list(m, null, null, 50)).isEmpty();

		assertThatThrownBy(() -> parties.importCsv(m, "kind;name\nsupplier;Ærø\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.line()).isEqualTo(2));
		assertThatThrownBy(() -> parties.importCsv(m, "kind;navn;farve\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRefused.class,
					e -> assertThat(e.messageKey()).isEqualTo("parties.import.column"));
		assertThatThrownBy(() -> parties.importCsv(m, "kind,name\ncustomer,\"Ærø\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRefused.class,
					e -> assertThat(e.messageKey()).isEqualTo("parties.import.quote"));
		assertThat(parties.list(m, null, null, 50)).isEmpty();
	}

	@Test
	void readsASpreadsheetsWindows1252FileAndDanishColumnNames() {
		var ws = fixtures.workspace("import");
		Membership m = manager(ws);
		byte[] cp1252 = "art;navn;sprog;domæner\r\nkunde;Ærø Møbler;da;aeroe.example\r\n"
			.getBytes(Charset.forName("windows-1252"));
		assertThat(parties.importCsv(m, cp1252)).isEqualTo(new ImportResult(1, 0, 0));
		assertThat(parties.list(m, null, "ÆRØ", 10)).extracting(PartyView::name).containsExactly("Ærø Møbler");
	}

}
