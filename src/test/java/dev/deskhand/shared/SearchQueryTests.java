package dev.deskhand.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a search matches references, the one condition the work items' and the
 * conversations' searches share: every reference of the query occurs, a whole first
 * reference ranks above a part of one, and a query without references adds nothing.
 */
class SearchQueryTests {

	@Test
	void everyReferenceOfTheQueryMustOccurAndAWholeFirstOneRanksHighest() {
		Map<String, Object> params = new LinkedHashMap<>();
		SearchQuery.ReferenceMatch refs = SearchQuery.of("MSKU 123456-5 and order 020-1234", 20).referenceMatch(params);

		assertThat(params).containsExactly(Map.entry("ref0", "%1234565%"), Map.entry("ref1", "%0201234%"),
				Map.entry("exact", "% 1234565 %"));
		assertThat(refs.match()).isEqualTo("{refs} like :ref0 and {refs} like :ref1");
		assertThat(refs.rank()).isEqualTo("case when ' ' || {refs} || ' ' like :exact then 1.0 when "
				+ "{refs} like :ref0 and {refs} like :ref1 then 0.5 else 0 end");
	}

	@Test
	void aQueryWithoutReferencesMatchesByWordsOnly() {
		Map<String, Object> params = new LinkedHashMap<>();
		SearchQuery.ReferenceMatch refs = SearchQuery.of("forsinket levering", 20).referenceMatch(params);

		assertThat(refs.match()).isNull();
		assertThat(refs.rank()).isEqualTo("0");
		assertThat(params).isEmpty();
	}

}
