package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every tracking event format Deskhand reads, and the guess of a file's format. */
public final class EventFormats {

	private static final List<EventFormat> ALL = all();

	private EventFormats() {
	}

	private static List<EventFormat> all() {
		List<EventFormat> formats = new ArrayList<>();
		// the more specific formats first: the guess takes the first that recognises a
		// file
		formats.add(new DcsaFormat());
		formats.add(new IftstaFormat());
		formats.add(new X12Format());
		formats.addAll(CarrierFormats.all());
		formats.add(new JsonFormat());
		formats.add(new CsvFormat());
		return List.copyOf(formats);
	}

	/** All formats, in the order a guess tries them. */
	public static List<EventFormat> list() {
		return ALL;
	}

	/** The format of that name, any case. */
	public static Optional<EventFormat> named(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		return ALL.stream().filter(f -> f.name().equals(n)).findFirst();
	}

	/** The format named, or guessed from the content when the name is null or blank. */
	public static EventFormat choose(@org.jspecify.annotations.Nullable String name, byte[] content) {
		if (name != null && !name.isBlank()) {
			return named(name)
				.orElseThrow(() -> new UnreadableFile("1", Text.of("ingest.reject.unknown-format", name)));
		}
		return ALL.stream()
			.filter(f -> f.recognises(content))
			.findFirst()
			.orElseThrow(() -> new UnreadableFile("1", Text.of("ingest.reject.unrecognised")));
	}

}
