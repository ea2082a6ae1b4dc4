package dev.deskhand.demo;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Caller;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.NewContact;
import dev.deskhand.parties.CarrierCodes;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.workspace.PersonView;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The demo's customers and carriers with their e-mail domains and one contact each, set
 * up by each workspace's owner through the parties facade. Loaded before any demo mail,
 * so received mail finds its party.
 */
@Component
class DemoParties {

	private final AccessPolicy policy;

	private final PartyManagement parties;

	DemoParties(AccessPolicy policy, PartyManagement parties) {
		this.policy = policy;
		this.parties = parties;
	}

	/**
	 * One party: kind, name, language, domain, contact name, contact address, and a
	 * carrier's codes (or null).
	 */
	private record Row(PartyKind kind, String name, String language, String domain, String contact, String email,
			@Nullable CarrierCodes codes) {

		Row(PartyKind kind, String name, String language, String domain, String contact, String email) {
			this(kind, name, language, domain, contact, email, null);
		}

	}

	private static final List<Row> NORDHAVN = List.of(
			new Row(PartyKind.CUSTOMER, "LEGO", "da", "lego.example", "Anders Bruun", "anders.bruun@lego.example"),
			new Row(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example", "Maja Holt",
					"maja.holt@carlsberg.example"),
			new Row(PartyKind.CUSTOMER, "Arla Foods", "da", "arla.example", "Peter Lind", "peter.lind@arla.example"),
			new Row(PartyKind.CUSTOMER, "Vestas", "en", "vestas.example", "Sarah Miller",
					"sarah.miller@vestas.example"),
			new Row(PartyKind.CARRIER, "DFDS", "en", "dfds.example", "DFDS Booking", "booking@dfds.example"),
			new Row(PartyKind.CARRIER, "DSV Road", "da", "dsv.example", "Kim Dahl", "kim.dahl@dsv.example"),
			new Row(PartyKind.CARRIER, "Maersk", "en", "maersk.example", "Maersk Customer Service",
					"cs@maersk.example"),
			new Row(PartyKind.CARRIER, "Nagel Spedition", "de", "nagel-spedition.example", "Uwe Krämer",
					"uwe.kraemer@nagel-spedition.example"),
			// the demo's air and parcel shipments travel with these two
			new Row(PartyKind.CARRIER, "SAS Cargo", "da", "sascargo.example", "SAS Cargo Booking",
					"booking@sascargo.example", new CarrierCodes(null, "117", null)),
			new Row(PartyKind.CARRIER, "PostNord", "da", "postnord.example", "PostNord Erhverv",
					"erhverv@postnord.example"),
			new Row(PartyKind.CARRIER, "Lufthansa Cargo", "en", "lhcargo.example", "Lufthansa Cargo Service",
					"service@lhcargo.example", new CarrierCodes(null, "020", null)));

	private static final List<Row> ELBTAL = List.of(
			new Row(PartyKind.CUSTOMER, "Meissen Porzellan", "de", "meissen.example", "Claudia Vogel",
					"claudia.vogel@meissen.example"),
			new Row(PartyKind.CUSTOMER, "Radeberger", "de", "radeberger.example", "Tobias Lang",
					"tobias.lang@radeberger.example"),
			new Row(PartyKind.CARRIER, "Dachser", "de", "dachser.example", "Dachser Dispo", "dispo@dachser.example"),
			new Row(PartyKind.CARRIER, "DHL Freight", "de", "dhl.example", "DHL Freight Kundenservice",
					"kundenservice@dhl.example"),
			new Row(PartyKind.CARRIER, "Lufthansa Cargo", "de", "lhcargo.example", "Lufthansa Cargo Service",
					"service@lhcargo.example", new CarrierCodes(null, "020", null)),
			new Row(PartyKind.CARRIER, "DHL Paket", "de", "dhl-paket.example", "DHL Paket Geschäftskunden",
					"geschaeftskunden@dhl-paket.example"));

	void load(String nordhavn, PersonView nordhavnOwner, String elbtal, PersonView elbtalOwner) {
		load(nordhavn, nordhavnOwner, NORDHAVN);
		load(elbtal, elbtalOwner, ELBTAL);
	}

	private void load(String slug, PersonView owner, List<Row> rows) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new PreAuthenticatedAuthenticationToken(Caller.person(owner.id(), owner.displayName()),
					null, List.of(new SimpleGrantedAuthority("PERSON"))));
		try {
			Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
			for (Row r : rows) {
				PartyView p = parties.create(m, new NewParty(r.kind(), r.name(), r.language(), List.of(), null, null,
						List.of(r.domain()), r.codes()));
				parties.addContact(m, p.id(), new NewContact(r.contact(), r.email(), null, r.language()));
			}
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
