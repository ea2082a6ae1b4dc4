package dev.deskhand.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count, as every list in the API returns it. */
public record Page<T>(List<T> items, int page, int size, long total) {
	public Page {
		items = List.copyOf(items);
	}

	public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
		return new Page<>(items, request.page(), request.size(), total);
	}

	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
	}

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}
}
