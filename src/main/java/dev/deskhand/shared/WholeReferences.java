package dev.deskhand.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether a record names a shipment, an order, …: an SQL condition, written with
 * {@code {refs}} for a column as {@code public.search_refs} fills it, that holds when the
 * column has every token {@link SearchQuery#referencesIn} reads from one of the texts,
 * each as a whole token ("MSKU 123456-5" is {@code 1234565}, "S-12" is {@code s12}, which
 * mail about S-123 does not hold). Search finds parts of numbers; a record that names a
 * thing names all of it.
 */
public final class WholeReferences {

	private WholeReferences() {
	}

	/**
	 * The condition, its values put into {@code params} as {@code prefix0},
	 * {@code prefix1}, …; {@code false} when no text has a token. Its {@code like '%t%'}
	 * lets a trigram index on the column find the rows, the spaced {@code like} keeps
	 * whole tokens.
	 */
	public static String condition(Collection<String> texts, String prefix, Map<String, Object> params) {
		List<List<String>> references = texts.stream()
			.map(SearchQuery::referencesIn)
			.filter(t -> !t.isEmpty())
			.distinct()
			.toList();
		List<String> any = new ArrayList<>();
		int n = 0;
		for (List<String> tokens : references) {
			List<String> all = new ArrayList<>();
			for (String token : tokens) {
				String name = prefix + n++;
				params.put(name, "%" + token + "%");
				params.put(name + "w", "% " + token + " %");
				all.add("({refs} like :%1$s and ' ' || {refs} || ' ' like :%1$sw)".formatted(name));
			}
			any.add("(" + String.join(" and ", all) + ")");
		}
		return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
	}

}
