package dev.deskhand.references;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deskhand check-reference VALUE...}: which references the values could be and
 * whether each is valid, one JSON line per value. Built-in checks only, so no database is
 * started (a workspace's own patterns are in the API's {@code ?workspace=}).
 */
@Command(name = "check-reference", mixinStandardHelpOptions = true,
		description = "Recognise and validate references (container numbers, air waybills, tracking numbers, "
				+ "bookings, bills of lading). One JSON line per value: {value, candidates:[{type, format, valid, "
				+ "reason}]}. Exit 1 when a value has no valid candidate.")
class CheckReferenceCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "VALUE", description = "References as written (quote values with spaces)")
	List<String> values = new ArrayList<>();

	@Override
	public Integer call() {
		JsonMapper json = JsonMapper.builder().build();
		PrintWriter out = spec.commandLine().getOut();
		boolean allValid = true;
		for (String value : values) {
			List<ReferenceCandidate> candidates = ReferenceChecks.candidates(value);
			allValid &= candidates.stream().anyMatch(ReferenceCandidate::valid);
			out.println(json.writeValueAsString(line(value, candidates)));
		}
		out.flush();
		return allValid ? 0 : 1;
	}

	/**
	 * The line for one value; reasons in English (the command line has no reader's
	 * language).
	 */
	static Map<String, Object> line(String value, List<ReferenceCandidate> candidates) {
		List<Map<String, Object>> list = new ArrayList<>(candidates.size());
		for (ReferenceCandidate c : candidates) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("type", c.type().code());
			m.put("format", c.format());
			m.put("valid", c.valid());
			m.put("reason", c.reason() == null ? null : c.reason().english());
			list.add(m);
		}
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("value", value);
		line.put("candidates", list);
		return line;
	}

}
