package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guess ({@code EventFormats.choose(null, bytes)}) over every carrier sample: each
 * sample of a carrier Deskhand reads goes to that carrier's format (an error that names
 * no carrier goes to none), and no sample of a carrier it does not read is claimed by a
 * carrier format.
 */
class CarrierFormatGuessTests {

	/** The sample's file-name prefix and the format that reads it. */
	private static final Map<String, String> READ = Map.ofEntries(Map.entry("dhl_universal", "carrier-dhl"),
			Map.entry("mydhl", "carrier-dhl"), Map.entry("dhl_express", "carrier-dhl"),
			Map.entry("dhl_parcel_de", "carrier-dhl"), Map.entry("ups", "carrier-ups"),
			Map.entry("fedex", "carrier-fedex"), Map.entry("gls", "carrier-gls"), Map.entry("dpd", "carrier-dpd"),
			Map.entry("hermes", "carrier-hermes"), Map.entry("laposte", "carrier-laposte"),
			Map.entry("usps", "carrier-usps"), Map.entry("usps_international", "carrier-usps"),
			Map.entry("bpost", "carrier-bpost"), Map.entry("parcelone", "carrier-parcelone"),
			Map.entry("smartkargo", "carrier-smartkargo"), Map.entry("landmark", "carrier-landmark"),
			Map.entry("dhl_poland", "carrier-dhl"), Map.entry("canadapost", "carrier-canadapost"),
			Map.entry("chronopost", "carrier-chronopost"), Map.entry("asendia", "carrier-asendia"),
			Map.entry("australiapost", "carrier-australiapost"), Map.entry("purolator", "carrier-purolator"),
			Map.entry("seko", "carrier-seko"), Map.entry("sendle", "carrier-sendle"),
			Map.entry("spring", "carrier-spring"), Map.entry("teleship", "carrier-teleship"));

	/**
	 * A plain OAuth error ({@code {"error":"invalid_client",…}}, Sendle's too), a bare
	 * {@code {"error":{"code","message"}}}, a bare SOAP fault, a bare list of
	 * {@code errors} (Australia Post's), {@code Errors} (SEKO's validation) or
	 * {@code messages} (Teleship's) says nothing about who sent it: guessing the carrier
	 * from it would be a guess too far; with {@code --format carrier-…} it is refused
	 * with that carrier's message.
	 */
	private static final List<String> NOT_GUESSED = List.of("usps__AuthErrorResponse.json",
			"smartkargo__ErrorResponse.json", "dhl_poland__ErrorResponseXML.xml", "australiapost__ErrorResponse.json",
			"seko__ErrorResponse.json", "sendle__ErrorResponse.json", "teleship__ErrorResponse.json");

	static Stream<String> samples() throws IOException {
		try (Stream<Path> files = Files.list(CarrierFixtures.path(""))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void guessesTheCarrierOfEverySampleItReads(String file) {
		String carrier = READ.get(file.substring(0, file.indexOf("__")));
		byte[] content = CarrierFixtures.bytes(file);

		if (carrier != null && !NOT_GUESSED.contains(file)) {
			assertThat(EventFormats.choose(null, content).name()).as(file).isEqualTo(carrier);
			assertThat(EventFormats.choose(carrier, content).name()).isEqualTo(carrier);
		}
		else {
			UnreadableFile unguessed = catchThrowableOfType(UnreadableFile.class,
					() -> EventFormats.choose(null, content));
			String chosen = unguessed == null ? EventFormats.choose(null, content).name() : "";
			assertThat(chosen).as(file).doesNotStartWith("carrier-");
		}
	}

	@Test
	void listsEveryCarrierFormatByName() {
		assertThat(EventFormats.list()).extracting(EventFormat::name)
			.contains("carrier-dhl", "carrier-ups", "carrier-fedex", "carrier-gls", "carrier-dpd", "carrier-hermes",
					"carrier-laposte", "carrier-usps", "carrier-bpost", "carrier-parcelone", "carrier-smartkargo",
					"carrier-landmark", "carrier-canadapost", "carrier-chronopost", "carrier-asendia",
					"carrier-australiapost", "carrier-purolator", "carrier-seko", "carrier-sendle", "carrier-spring",
					"carrier-teleship");
		assertThat(EventFormats.named("CARRIER-DHL")).get().isInstanceOf(CarrierDhlFormat.class);
	}

}
