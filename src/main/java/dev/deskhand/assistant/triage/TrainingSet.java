package dev.deskhand.assistant.triage;

import dev.deskhand.assistant.FoundReference;
import dev.deskhand.assistant.Intent;
import dev.deskhand.assistant.MailText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled mail the base intent model learns from: every
 * {@code assistant/training/*.jsonl} on the class path (one JSON object a line: id, lang,
 * intent, urgent, from, to, subject, body, references), files and lines in name and id
 * order so training is reproducible.
 */
public final class TrainingSet {

	static final String LOCATION = "classpath*:assistant/training/*.jsonl";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One labelled mail. */
	public record Mail(String id, String language, Intent intent, boolean urgent, MailText mail,
			List<FoundReference> references) {
	}

	private TrainingSet() {
	}

	/** Every labelled mail on the class path, sorted by id. */
	public static List<Mail> load() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
			List<Mail> out = new ArrayList<>();
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					out.addAll(read(in, String.valueOf(file.getFilename())));
				}
			}
			out.sort(Comparator.comparing(Mail::id));
			return out;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The labelled mail of one JSON Lines stream.
	 * @throws IllegalArgumentException naming the file and line of a line that is not a
	 * labelled mail
	 */
	public static List<Mail> read(InputStream in, String name) throws IOException {
		List<Mail> out = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int n = 0;
		while ((line = reader.readLine()) != null) {
			n++;
			if (line.isBlank()) {
				continue;
			}
			try {
				out.add(mail(JSON.readTree(line)));
			}
			catch (JacksonException | IllegalArgumentException | NullPointerException e) {
				throw new IllegalArgumentException(name + " line " + n + ": " + e.getMessage(), e);
			}
		}
		return out;
	}

	static Mail mail(JsonNode j) {
		List<FoundReference> refs = new ArrayList<>();
		JsonNode list = j.path("references");
		for (JsonNode r : list) {
			refs.add(new FoundReference(r.path("type").asString(), r.path("value").asString(),
					r.path("valid").asBoolean(true), r.path("quoted").asBoolean(false)));
		}
		return new Mail(j.path("id").asString(), j.path("lang").asString("other"),
				Intent.parse(j.path("intent").asString()), j.path("urgent").asBoolean(false),
				new MailText(j.path("from").asString(""), j.path("to").asString(""), j.path("subject").asString(""),
						j.path("body").asString("")),
				refs);
	}

}
