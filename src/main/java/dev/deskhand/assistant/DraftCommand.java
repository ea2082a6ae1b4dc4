package dev.deskhand.assistant;

import dev.deskhand.assistant.drafts.DraftMaker;
import dev.deskhand.shared.WorkspaceId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deskhand draft --workspace SLUG --in emails.jsonl [--out drafts.jsonl]}: a
 * grounded reply draft for each e-mail of a JSON Lines file ({@code id, from, to,
 * subject, body}), from the workspace's records; one line per e-mail ({@code id, status,
 * reason, text, facts:[{value, source}]}) in the input's order. A line that cannot be
 * read is reported on stderr with its number and the rest go on: exit 1; an unknown
 * workspace or file is a usage error (exit 2).
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
		description = "Draft grounded replies to the e-mails of a JSON Lines file, from a workspace's records.")
class DraftCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Option(names = "--workspace", paramLabel = "SLUG", required = true, description = "The workspace's address.")
	String workspace = "";

	@Option(names = "--in", paramLabel = "FILE", required = true,
			description = "E-mails, one JSON object a line: id, from, to, subject, body.")
	Path in = Path.of("");

	@Option(names = "--out", paramLabel = "FILE", description = "Where the drafts go (stdout when omitted).")
	@Nullable Path out;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Autowired
	@Nullable DraftMaker maker;

	@Autowired
	@Nullable AssistantCommandWorkspaces workspaces;

	@Override
	public Integer call() throws IOException {
		if (maker == null || workspaces == null) {
			throw new IllegalStateException("draft ran without its data");
		}
		WorkspaceId ws = workspaces.find(workspace, spec);
		if (!Files.isRegularFile(in)) {
			throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + in);
		}
		List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
		PrintWriter err = spec.commandLine().getErr();
		boolean failed = false;
		int drafted = 0;
		int ready = 0;
		try (Writer writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			PrintWriter target = writer == null ? spec.commandLine().getOut()
					: new PrintWriter(new BufferedWriter(writer));
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isBlank()) {
					continue;
				}
				Map<String, Object> result;
				try {
					result = draft(ws, JSON.readTree(line));
				}
				catch (JacksonException | IllegalArgumentException e) {
					err.println("line " + (i + 1) + ": " + e.getMessage());
					failed = true;
					continue;
				}
				target.println(JSON.writeValueAsString(result));
				drafted++;
				ready += "ready".equals(result.get("status")) ? 1 : 0;
			}
			target.flush();
		}
		err.println(drafted + " drafted, " + ready + " ready, " + (drafted - ready) + " need a person");
		err.flush();
		return failed ? 1 : 0;
	}

	private Map<String, Object> draft(WorkspaceId ws, JsonNode email) {
		if (!email.isObject() || !email.hasNonNull("id")) {
			throw new IllegalArgumentException("each line is an object with an id");
		}
		MailText mail = new MailText(text(email, "from"), text(email, "to"), text(email, "subject"),
				text(email, "body"));
		DraftMaker.Made made = maker.make(ws, mail, (dev.deskhand.inbox.MessageId) null, null, List.of());
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("id", email.get("id").asString());
		line.put("status", made.status().code());
		line.put("reason", made.reason() == null ? null : made.reason().english());
		line.put("text", made.composed().text());
		line.put("facts", made.composed().facts().stream().map(f -> {
			Map<String, Object> fact = new LinkedHashMap<>();
			fact.put("value", f.value());
			fact.put("source", f.source());
			return fact;
		}).toList());
		return line;
	}

	private static String text(JsonNode email, String field) {
		JsonNode v = email.get(field);
		return v == null || v.isNull() ? "" : v.asString();
	}

}
