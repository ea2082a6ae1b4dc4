package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Golden tests of {@code carrier-laposte} over every La Poste sample, expected by hand.
 */
class CarrierLaposteFormatTests {

	private final CarrierLaposteFormat laposte = new CarrierLaposteFormat();

	@Test
	void readsTheColissimoEventsAndTheEstimate() {
		ParseResult result = parse(laposte, "laposte__TrackingResponse.json");

		assertThat(rows(result)).containsExactly("actual | delivered | DI1 | 2023-03-09T08:38:00Z | - | +01:00",
				"actual | arrived | MD2 | 2023-03-09T08:01:00Z | - | +01:00",
				"actual | info | ET1 | 2023-03-08T15:25:00Z | - | +01:00",
				"actual | arrived | ET3 | 2023-02-22T15:23:00Z | - | +01:00",
				"actual | info | ET2 | 2023-02-18T11:27:00Z | - | +01:00",
				"actual | info | ET1 | 2023-02-18T06:34:12Z | - | +01:00",
				"actual | info | ET1 | 2023-02-17T22:13:12Z | - | +01:00",
				"actual | picked-up | PC1 | 2023-02-17T13:43:00Z | - | +01:00",
				"actual | booked | DR1 | 2023-02-17T13:41:00Z | - | +01:00",
				"estimated | delivered | estimDate | 2023-03-09T08:38:00Z | - | +01:00");
		assertCommon(result, "La Poste");
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("EW112720413FR")));
		assertThat(result.events().get(0).carrierReason()).isEqualTo("Votre colis est livré.");
		assertThat(result.events().get(0).position()).isEqualTo("/0/shipment/event/0");
		assertThat(result.events().get(0).details()).containsEntry("product", "colissimo");
	}

	@Test
	void refusesTheErrorWithLaPostesMessage() {
		UnreadableFile refused = refused(laposte, "laposte__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/returnCode");
		assertThat(refused.reason().english()).isEqualTo(carrierError("La Poste",
				"Le numéro que vous avez saisi n’est pas valide. Nous vous invitons à vérifier votre saisie, en particulier le nombre de caractères.",
				"400"));
	}

}
