package dev.deskhand.work;

import java.util.List;

/**
 * A saved reply filled in for one item, shown before it goes into the composer.
 *
 * @param text the filled text
 * @param empty the placeholders this item has no value for (they came out empty), e.g.
 * {@code customer.name}
 */
public record SavedReplyPreview(String name, String text, List<String> empty) {

	public SavedReplyPreview {
		empty = List.copyOf(empty);
	}

}
