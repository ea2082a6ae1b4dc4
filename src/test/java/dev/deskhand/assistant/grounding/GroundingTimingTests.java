package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The verifier is fast enough to run on every keystroke's save: the committed drafts,
 * after warm-up, each well under a millisecond (median; asserted loosely, the build
 * machine is shared).
 */
class GroundingTimingTests {

	@Test
	void verifiesADraftWellUnderAMillisecond() throws IOException {
		List<JsonNode> drafts = new ArrayList<>(GroundingDraftsTests.drafts("bad.jsonl"));
		drafts.addAll(GroundingDraftsTests.drafts("good.jsonl"));
		List<String> texts = drafts.stream().map((d) -> d.get("text").asString()).toList();
		List<GroundingSources> sources = drafts.stream().map(GroundingDraftsTests::sources).toList();
		GroundingVerifier verifier = new GroundingVerifier();
		for (int round = 0; round < 20; round++) {
			for (int i = 0; i < texts.size(); i++) {
				verifier.verify(texts.get(i), sources.get(i));
			}
		}
		int rounds = 20;
		long[] nanos = new long[texts.size() * rounds];
		int k = 0;
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < texts.size(); i++) {
				long t0 = System.nanoTime();
				verifier.verify(texts.get(i), sources.get(i));
				nanos[k++] = System.nanoTime() - t0;
			}
		}
		Arrays.sort(nanos);
		long p50 = nanos[nanos.length / 2];
		long p99 = nanos[nanos.length * 99 / 100];
		System.out.printf("grounding verifier: %d drafts, p50 %.3f ms, p99 %.3f ms%n", texts.size(), p50 / 1e6,
				p99 / 1e6);
		assertThat(p50).isLessThan(2_000_000L);
	}

}
