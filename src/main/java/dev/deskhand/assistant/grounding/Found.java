package dev.deskhand.assistant.grounding;

import java.util.List;

/**
 * One value a text states: the characters {@code [start, end)}, what kind of claim it is
 * ({@code reference, date, time, amount, number, place}), its canonical value, and every
 * reading a fact could back it by ({@code kind:canonical}, e.g. {@code date:2026-12-08},
 * {@code amount:1234.5|DKK}, {@code place:DKAAR}). No readings: the value contradicts
 * itself (a weekday that is not the date's) and nothing can back it.
 */
record Found(int start, int end, String kind, String value, List<String> readings) {

	Found {
		readings = List.copyOf(readings);
	}

}
