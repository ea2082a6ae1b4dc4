package dev.deskhand.assistant;

import dev.deskhand.assistant.triage.BaseModel;
import dev.deskhand.assistant.triage.Triager;
import dev.deskhand.shared.DataCommand;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deskhand triage --in emails.jsonl --out results.jsonl [--workspace SLUG]
 * [--timing]}: triages e-mails, one JSON line in ({@code id, from, to, subject, body}),
 * one out ({@code id, language, intent, confidence, urgent, references}). Without
 * {@code --workspace} no database is started (the base model and the built-in reference
 * checks); with it, that workspace's reference patterns and retrained model are used. A
 * line that is not such an e-mail is reported on stderr with its line number and skipped;
 * the exit code is then 1.
 */
@Command(name = "triage", mixinStandardHelpOptions = true,
		description = "Triage e-mails: language, intent, confidence, urgency and references. Input: JSON Lines "
				+ "{id, from, to, subject, body}; output: JSON Lines {id, language, intent, confidence, urgent, "
				+ "references:[{type, value, valid, quoted}]}. Exit 1 when a line could not be read.")
class TriageCommand implements Callable<Integer>, DataCommand {

	static final int OK = 0;

	static final int FAILED = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Option(names = "--in", required = true, paramLabel = "FILE", description = "E-mails, one JSON object a line.")
	Path in;

	@Option(names = "--out", paramLabel = "FILE", description = "Where the results go (default: standard output).")
	@Nullable Path out;

	@Option(names = "--workspace", paramLabel = "SLUG",
			description = "Use this workspace's reference patterns and retrained model (starts the database).")
	@Nullable String workspace;

	@Option(names = "--timing",
			description = "Report on stderr the model's training time and the time per message (p50, p99) and "
					+ "messages per second, measured in the process.")
	boolean timing;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	private final TriageRun run = new TriageRun();

	@Override
	public @Nullable Object dataTarget() {
		CommandLine cli = spec.commandLine();
		boolean help = cli.isUsageHelpRequested() || cli.isVersionHelpRequested();
		return help || workspace == null || workspace.isBlank() ? null : run;
	}

	@Override
	public Integer call() throws IOException {
		if (!Files.isRegularFile(in)) {
			throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + in);
		}
		PrintWriter err = spec.commandLine().getErr();
		long trainStart = System.nanoTime();
		Function<MailText, Triage> triage;
		if (workspace == null || workspace.isBlank()) {
			Triager triager = new Triager(Triager.DEFAULT_THRESHOLD);
			var model = BaseModel.get();
			var finder = dev.deskhand.assistant.triage.ReferenceFinder.builtIn();
			triage = mail -> triager.triage(mail, model, finder);
		}
		else {
			triage = run.triage(workspace, spec);
			BaseModel.get();
		}
		// the language models load on first use: part of getting ready, not of a message
		triage.apply(new MailText("", "", "Warm-up", "Hej, hvor er min pakke? Wo bleibt meine Sendung? Where is it?"));
		long trainNanos = System.nanoTime() - trainStart;
		List<Long> nanos = new ArrayList<>();
		boolean failed = false;
		long started = System.nanoTime();
		try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8); Writer writer = writer()) {
			String line;
			int n = 0;
			while ((line = reader.readLine()) != null) {
				n++;
				if (line.isBlank()) {
					continue;
				}
				Input input;
				try {
					input = input(JSON.readTree(line));
				}
				catch (JacksonException | IllegalArgumentException e) {
					err.println(in.getFileName() + " line " + n + ": " + reason(e));
					failed = true;
					continue;
				}
				long t0 = System.nanoTime();
				Triage t = triage.apply(input.mail());
				nanos.add(System.nanoTime() - t0);
				writer.write(JSON.writeValueAsString(line(input.id(), t)));
				writer.write('\n');
			}
		}
		long total = System.nanoTime() - started;
		if (timing) {
			err.println(timing(nanos, total, trainNanos));
		}
		err.flush();
		return failed ? FAILED : OK;
	}

	private Writer writer() throws IOException {
		if (out == null) {
			return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
				@Override
				public void close() throws IOException {
					flush();
				}
			};
		}
		return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
	}

	record Input(String id, MailText mail) {
	}

	static Input input(JsonNode j) {
		if (!j.isObject()) {
			throw new IllegalArgumentException("not a JSON object");
		}
		JsonNode id = j.get("id");
		if (id == null || id.isNull() || !(id.isString() || id.isNumber())) {
			throw new IllegalArgumentException("\"id\" is missing");
		}
		for (String field : List.of("from", "to", "subject", "body")) {
			JsonNode v = j.get(field);
			if (v != null && !v.isNull() && !v.isString()) {
				throw new IllegalArgumentException("\"" + field + "\" must be a string");
			}
		}
		return new Input(id.asString(), new MailText(j.path("from").asString(""), j.path("to").asString(""),
				j.path("subject").asString(""), j.path("body").asString("")));
	}

	static Map<String, Object> line(String id, Triage t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", id);
		m.put("language", t.language());
		m.put("intent", t.intent().code());
		m.put("confidence", t.confidence());
		m.put("urgent", t.urgent());
		m.put("references", t.references().stream().map(r -> {
			Map<String, Object> ref = new LinkedHashMap<>();
			ref.put("type", r.type());
			ref.put("value", r.value());
			ref.put("valid", r.valid());
			ref.put("quoted", r.quoted());
			return ref;
		}).toList());
		return m;
	}

	private static String reason(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}

	static String timing(List<Long> nanos, long totalNanos, long trainNanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		double p50 = percentile(sorted, 0.50) / 1e6;
		double p99 = percentile(sorted, 0.99) / 1e6;
		double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
		double perSecond = sorted.length == 0 ? 0 : sorted.length / (Arrays.stream(sorted).sum() / 1e9);
		return String
			.format(Locale.ROOT,
					"timing: messages=%d model_ready_ms=%.0f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f messages_per_s=%.1f "
							+ "wall_ms=%.0f",
					sorted.length, trainNanos / 1e6, p50, p99, max, perSecond, totalNanos / 1e6);
	}

	private static double percentile(long[] sorted, double q) {
		if (sorted.length == 0) {
			return 0;
		}
		int i = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
	}

}
