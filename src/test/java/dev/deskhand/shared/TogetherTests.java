package dev.deskhand.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TogetherTests {

	@Test
	void aBatchHandledTogetherIsNotHandledAgainAlone() {
		List<String> together = new ArrayList<>();
		List<String> alone = new ArrayList<>();
		Together.orEachAlone(List.of("a", "b", "c"), together::addAll, alone::add);
		assertThat(together).containsExactly("a", "b", "c");
		assertThat(alone).isEmpty();
	}

	@Test
	void whenTheBatchFailsEachIsHandledAloneAndTheFirstFailureIsRethrownWithTheOthers() {
		List<String> alone = new ArrayList<>();
		assertThatThrownBy(() -> Together.orEachAlone(List.of("a", "bad", "c", "worse"), all -> {
			throw new IllegalStateException("batch");
		}, e -> {
			if (e.equals("bad") || e.equals("worse")) {
				throw new IllegalArgumentException(e);
			}
			alone.add(e);
		})).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("bad")
			.satisfies(t -> assertThat(t.getSuppressed()).extracting(Throwable::getMessage).containsExactly("worse"));
		assertThat(alone).containsExactly("a", "c");
	}

	@Test
	void aSingleElementThatFailsTogetherIsNotTriedTwice() {
		List<String> alone = new ArrayList<>();
		assertThatThrownBy(() -> Together.orEachAlone(List.of("a"), all -> {
			throw new IllegalStateException("batch");
		}, alone::add)).hasMessage("batch");
		assertThat(alone).isEmpty();
	}

}
