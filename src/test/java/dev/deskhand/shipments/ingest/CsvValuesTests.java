package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvValuesTests {

	@Test
	void aUnlocodeIsTwoLettersOfACountryAndThreeLettersOrDigitsTwoToNineOfAPlace() {
		assertThat(CsvValues.isUnlocode("DKAAR")).isTrue();
		assertThat(CsvValues.isUnlocode("USNYC")).isTrue();
		assertThat(CsvValues.isUnlocode("DEH2M")).as("digits 2-9 in the place part").isTrue();
		assertThat(CsvValues.isUnlocode("D2HAM")).as("no digit in the country").isFalse();
		assertThat(CsvValues.isUnlocode("DEH1M")).as("no 0 or 1").isFalse();
		assertThat(CsvValues.isUnlocode("dkaar")).as("capitals only").isFalse();
		assertThat(CsvValues.isUnlocode("DKAA")).isFalse();
		assertThat(CsvValues.isUnlocode("DKAARH")).isFalse();
		assertThat(CsvValues.isUnlocode("")).isFalse();
		assertThat(CsvValues.isUnlocode("DK AAR")).isFalse();
	}

}
