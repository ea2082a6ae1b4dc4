package dev.deskhand.assistant.grounding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The built-in places ({@code assistant/grounding/places.txt}): common ports, airports,
 * cities and countries under their Danish, German and English names and their UN/LOCODE,
 * each name folded ({@link Fold}) to the place's id. Names written in capitals (IATA
 * codes, LOCODEs) match only as written.
 */
final class Gazetteer {

	static final Gazetteer BUILT_IN = load();

	private static final Pattern LOCODE = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2}[A-Z2-9]{3}(?![\\p{L}\\p{N}])");

	/** Folded name to place id. */
	private final Map<String, String> names;

	/** Codes, as written: they match only so. */
	private final Set<String> exact;

	/** The folded keys of the codes. */
	private final Set<String> codes;

	private Gazetteer(Map<String, String> names, Set<String> exact) {
		this.names = names;
		this.exact = exact;
		Set<String> folded = new HashSet<>();
		exact.forEach((code) -> folded.add(Fold.fold(code)));
		this.codes = Set.copyOf(folded);
	}

	private static Gazetteer load() {
		Map<String, String> names = new HashMap<>();
		Set<String> exact = new HashSet<>();
		try (var in = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(Gazetteer.class.getResourceAsStream("/assistant/grounding/places.txt")),
				StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|");
				String id = parts[0].strip();
				if (id.length() == 5) {
					exact.add(id);
					names.put(Fold.fold(id), id);
				}
				for (int i = 1; i < parts.length; i++) {
					String name = parts[i].strip();
					if (name.matches("[A-Z]{2,5}")) {
						exact.add(name);
					}
					names.putIfAbsent(Fold.fold(name), id);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Gazetteer(Map.copyOf(names), Set.copyOf(exact));
	}

	/** The id of the place {@code written} names, or null. */
	@Nullable String id(String written) {
		String folded = Fold.fold(written);
		String id = this.names.get(folded);
		return id == null || !this.codes.contains(folded) || this.exact.contains(written) ? id : null;
	}

	/** The ids of every place a fact's value names: the whole, its parts, its LOCODEs. */
	Set<String> ids(String value) {
		Set<String> ids = new LinkedHashSet<>();
		String whole = id(value.strip());
		if (whole != null) {
			ids.add(whole);
		}
		for (String part : value.split("[,;()/]|\\s[-–]\\s")) {
			String id = part.isBlank() ? null : id(part.strip());
			if (id != null) {
				ids.add(id);
			}
		}
		Matcher m = LOCODE.matcher(value);
		while (m.find()) {
			ids.add(this.names.getOrDefault(Fold.fold(m.group()), m.group()));
		}
		return ids;
	}

}
