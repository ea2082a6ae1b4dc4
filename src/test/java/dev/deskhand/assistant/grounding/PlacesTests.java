package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacesTests {

	@Test
	void namesInEachLanguageAndCodesAreOnePlace() {
		assertThat(Reads.one("i Århus", "da").readings()).containsExactly("place:DKAAR");
		assertThat(Reads.one("in Aarhus", "en").readings()).containsExactly("place:DKAAR");
		assertThat(Reads.one("POL DKAAR", "en").readings()).containsExactly("place:DKAAR");
		assertThat(Reads.one("nach Kopenhagen", "de").readings()).containsExactly("place:DKCPH");
		assertThat(Reads.one("fra Københavns Havn", "da").readings()).containsExactly("place:DKCPH");
		assertThat(Reads.one("aus Danzig", "de").readings()).containsExactly("place:PLGDN");
		assertThat(Reads.one("from Gdańsk", "en").readings()).containsExactly("place:PLGDN");
		assertThat(Reads.one("via Ho Chi Minh City", "en").readings()).containsExactly("place:VNSGN");
	}

	@Test
	void aCodeInOrdinaryCaseIsAWord() {
		assertThat(Reads.of("ham and eggs", "en")).isEmpty();
		assertThat(Reads.of("Vi sender fra lageret", "da")).isEmpty();
	}

	@Test
	void aFactsPlaceOutsideTheGazetteerIsRead() {
		FactIndex index = new FactIndex(Gazetteer.BUILT_IN, java.time.ZoneId.of("UTC"));
		index.add(new dev.deskhand.assistant.Fact("place", "Hedensted", "shipment:s:place"));
		List<Found> found = GroundingVerifier.read("levering i Hedensted", "da", Reads.TODAY, index.extraPlaces,
				List.of(), new java.util.ArrayList<>());
		assertThat(found).singleElement().satisfies((f) -> assertThat(index.backing(f.readings())).isNotNull());
		assertThat(Gazetteer.BUILT_IN.ids("Hamburg (DEHAM), Germany")).containsExactly("DEHAM", "DE");
		assertThat(Map.of()).isEmpty();
	}

}
