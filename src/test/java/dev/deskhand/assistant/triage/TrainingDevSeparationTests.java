package dev.deskhand.assistant.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dev set measures mail the model has never seen: no dev mail may be a near-duplicate
 * of a training mail (the same normalised subject and body, or more than half of their
 * word 5-shingles shared).
 */
class TrainingDevSeparationTests {

	static final Path DEV = Path.of("bench/assistant/dev");

	static final double MAX_JACCARD = 0.5;

	@Test
	void noDevMailIsANearDuplicateOfATrainingMail() throws IOException {
		List<TrainingSet.Mail> train = TrainingSet.load();
		List<TrainingSet.Mail> dev = dev();
		assertThat(train).hasSizeGreaterThan(300);
		assertThat(dev).hasSizeGreaterThan(100);
		Map<Long, List<Integer>> index = new HashMap<>();
		List<Set<Long>> trainShingles = new ArrayList<>();
		Map<String, String> trainTexts = new HashMap<>();
		for (int i = 0; i < train.size(); i++) {
			Set<Long> sh = shingles(text(train.get(i)));
			trainShingles.add(sh);
			trainTexts.put(text(train.get(i)), train.get(i).id());
			for (long s : sh) {
				index.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
			}
		}
		List<String> duplicates = new ArrayList<>();
		for (TrainingSet.Mail d : dev) {
			String text = text(d);
			if (trainTexts.containsKey(text)) {
				duplicates.add(d.id() + " = " + trainTexts.get(text));
				continue;
			}
			Set<Long> sh = shingles(text);
			Map<Integer, Integer> shared = new HashMap<>();
			for (long s : sh) {
				for (int i : index.getOrDefault(s, List.of())) {
					shared.merge(i, 1, Integer::sum);
				}
			}
			for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
				int union = sh.size() + trainShingles.get(e.getKey()).size() - e.getValue();
				double jaccard = union == 0 ? 0 : (double) e.getValue() / union;
				if (jaccard > MAX_JACCARD) {
					duplicates.add(d.id() + " ~ " + train.get(e.getKey()).id() + String.format(" (%.2f)", jaccard));
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	static List<TrainingSet.Mail> dev() throws IOException {
		assertThat(DEV).as("the dev set is in %s", DEV.toAbsolutePath()).isDirectory();
		List<TrainingSet.Mail> out = new ArrayList<>();
		try (Stream<Path> files = Files.list(DEV)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					out.addAll(TrainingSet.read(in, file.getFileName().toString()));
				}
			}
		}
		return out;
	}

	/** Subject and body lower-cased, words separated by single spaces. */
	static String text(TrainingSet.Mail m) {
		return Features.normalised(m.mail().subject() + " " + m.mail().body()).toLowerCase(Locale.ROOT);
	}

	static Set<Long> shingles(String text) {
		String[] w = text.split(" ");
		Set<Long> out = new HashSet<>();
		for (int i = 0; i + 5 <= w.length; i++) {
			long h = 1125899906842597L;
			for (int k = i; k < i + 5; k++) {
				h = 31 * h + w[k].hashCode();
			}
			out.add(h);
		}
		return out;
	}

}
