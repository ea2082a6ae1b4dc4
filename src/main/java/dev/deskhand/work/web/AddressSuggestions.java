package dev.deskhand.work.web;

import dev.deskhand.access.Membership;
import dev.deskhand.inbox.MailComposer;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Where the composer's address type-ahead comes from: today the workspace's previous
 * correspondents (in the mailboxes the caller sees). The one place to add other sources,
 * such as the contacts of customers and carriers, merged here.
 */
@Component
class AddressSuggestions {

	private static final int LIMIT = 10;

	private final MailComposer composer;

	AddressSuggestions(MailComposer composer) {
		this.composer = composer;
	}

	/** At most ten addresses containing {@code typed}, the most relevant first. */
	List<String> suggest(Membership m, String typed) {
		return composer.correspondents(m, typed, LIMIT);
	}

}
