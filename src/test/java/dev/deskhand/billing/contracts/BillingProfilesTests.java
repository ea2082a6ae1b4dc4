package dev.deskhand.billing.contracts;

import dev.deskhand.billing.NewClientProfile;
import dev.deskhand.billing.NewIssuerProfile;
import static dev.deskhand.billing.contracts.ContractTestSupport.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ClientProfileView;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.billing.IssuerProfileView.Kind;
import dev.deskhand.billing.IssuerProfileView.VatScheme;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Issuer profiles (a person's own, IBAN check digits, the German small-business scheme,
 * the logo checked by its bytes) and the workspace's billing profile (owner only).
 */
@IntegrationTest
@RecordApplicationEvents
class BillingProfilesTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13 };

	@Autowired
	ContractWorld world;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ContractManagement contracts;

	@Autowired
	ApplicationEvents events;

	@Test
	void anIssuerProfileKeepsItsIbanInCapitalsAndIsAuditedInTheWorkspacesOfItsPerson() {
		var ws = fixtures.workspace("profiles");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		IssuerProfileView p = world.issuer(katrine);
		assertThat(p.iban()).isEqualTo("DK5000400440116243");
		assertThat(p.country()).isEqualTo("DK");
		assertThat(p.vatNumber()).isEqualTo("DK12345678");
		assertThat(contracts.issuerProfiles(katrine.person().id())).extracting(IssuerProfileView::id)
			.containsExactly(p.id());
		assertThat(events.stream(AuditableChange.class).filter(e -> e.subjectId().equals(p.id().toString())))
			.extracting(AuditableChange::workspace)
			.containsExactly(ws.view().id());

		IssuerProfileView withLogo = contracts.setIssuerLogo(katrine.person().id(), p.id(), PNG);
		assertThat(withLogo.logoType()).isEqualTo("image/png");
		assertThat(contracts.issuerLogo(p.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(PNG));
		refused(() -> contracts.setIssuerLogo(katrine.person().id(), p.id(), "<svg/>".getBytes()), "/logo",
				"billing.profile.error.logoType");
		refused(() -> contracts.setIssuerLogo(katrine.person().id(), p.id(),
				Arrays.copyOf(PNG, ProfileChecks.MAX_LOGO + 1)), "/logo", "billing.profile.error.logoSize");
		// someone else's profile does not exist for another person
		var freja = fixtures.member(ws, Role.ASSISTANT, null);
		assertThatThrownBy(() -> contracts.issuerProfile(freja.person().id(), p.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesWrongCheckDigitsASmallBusinessOutsideGermanyAndAProfileWithoutATaxNumber() {
		var person = fixtures.person("issuer");
		var good = ContractWorld.danishIssuer("Elbtal Büro");
		refused(() -> contracts.createIssuerProfile(person.id(),
				with(good, "DK5000400440116244", VatScheme.STANDARD, "DK", good.vatNumber(), null)), "/iban",
				"billing.profile.error.iban");
		refused(() -> contracts.createIssuerProfile(person.id(),
				with(good, good.iban(), VatScheme.SMALL_BUSINESS, "DK", good.vatNumber(), null)), "/vatScheme",
				"billing.profile.error.smallBusiness");
		refused(() -> contracts.createIssuerProfile(person.id(),
				with(good, "DE89 3704 0044 0532 0130 00", VatScheme.SMALL_BUSINESS, "DE", null, null)), "/vatNumber",
				"billing.profile.error.taxId");
		IssuerProfileView german = contracts.createIssuerProfile(person.id(),
				with(good, "DE89 3704 0044 0532 0130 00", VatScheme.SMALL_BUSINESS, "DE", null, "21/815/08150"));
		assertThat(german.iban()).isEqualTo("DE89370400440532013000");
		assertThat(german.taxNumber()).isEqualTo("21/815/08150");
		assertThat(contracts.issuerProfiles(person.id())).hasSize(1);
	}

	@Test
	void theWorkspacesBillingProfileIsTheOwnersAlone() {
		var ws = fixtures.workspace("profiles");
		var owner = world.as(ws.owner(), ws, Permission.BILLING_MANAGE);
		assertThat(contracts.clientProfile(owner)).isEmpty();
		ClientProfileView saved = contracts.saveClientProfile(owner, new NewClientProfile("Elbtal Logistik GmbH",
				"Am Elbufer 3\n01067 Dresden", "de", "DE 123 456 789", "rechnungen@elbtal.example", "04011000-1234"));
		assertThat(saved.country()).isEqualTo("DE");
		assertThat(saved.vatNumber()).isEqualTo("DE123456789");
		assertThat(contracts.findClientProfile(ws.view().id())).contains(saved);
		refused(() -> contracts.saveClientProfile(owner,
				new NewClientProfile("Elbtal", "Dresden", "DE", null, "not an address", null)), "/billingEmail",
				"billing.profile.error.email");
		refused(() -> contracts.saveClientProfile(owner,
				new NewClientProfile("Elbtal", "Dresden", "XX", null, "a@b.example", null)), "/country",
				"billing.profile.error.country");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		assertThatThrownBy(() -> contracts.clientProfile(world.as(manager, ws, Permission.BILLING_VIEW)))
			.isInstanceOf(AccessDenied.class);
	}

	private static NewIssuerProfile with(NewIssuerProfile n, String iban, VatScheme scheme, String country, String vat,
			String tax) {
		return new NewIssuerProfile(Kind.AGENCY, n.name(), n.address(), country, vat, tax, scheme, n.email(), n.phone(),
				n.bankName(), iban, n.bic(), n.paymentDays());
	}

}
