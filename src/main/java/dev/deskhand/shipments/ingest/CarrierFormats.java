package dev.deskhand.shipments.ingest;

import java.util.List;

/**
 * The parcel carriers' tracking-API formats ({@code carrier-<name>}), tried after DCSA
 * and EDI and before the native JSON and CSV when a format is guessed.
 */
final class CarrierFormats {

	private CarrierFormats() {
	}

	static List<EventFormat> all() {
		return List.of(new CarrierDhlFormat(), new CarrierUpsFormat(), new CarrierFedexFormat(), new CarrierGlsFormat(),
				new CarrierDpdFormat(), new CarrierHermesFormat(), new CarrierLaposteFormat(), new CarrierUspsFormat(),
				new CarrierBpostFormat(), new CarrierParcelOneFormat(), new CarrierSmartKargoFormat(),
				new CarrierLandmarkFormat(), new CarrierCanadaPostFormat(), new CarrierChronopostFormat(),
				new CarrierAsendiaFormat(), new CarrierAustraliaPostFormat(), new CarrierPurolatorFormat(),
				new CarrierSekoFormat(), new CarrierSendleFormat(), new CarrierSpringFormat(),
				new CarrierTeleshipFormat());
	}

}
