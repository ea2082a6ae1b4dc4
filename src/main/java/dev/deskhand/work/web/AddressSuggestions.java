package dev.deskhand.work.web;

import dev.deskhand.access.Membership;
import dev.deskhand.inbox.MailComposer;
import dev.deskhand.parties.PartyManagement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Where the composer's address type-ahead comes from: the contacts of the customers and
 * carriers the caller sees first, then the workspace's previous correspondents (in the
 * mailboxes the caller sees). The one place to add other sources.
 */
@Component
class AddressSuggestions {

	private static final int LIMIT = 10;

	private final MailComposer composer;

	private final PartyManagement parties;

	AddressSuggestions(MailComposer composer, PartyManagement parties) {
		this.composer = composer;
		this.parties = parties;
	}

	/** At most ten addresses containing {@code typed}, the most relevant first. */
	List<String> suggest(Membership m, String typed) {
		Set<String> addresses = new LinkedHashSet<>(parties.contactAddresses(m, typed, LIMIT));
		for (String a : composer.correspondents(m, typed, LIMIT)) {
			if (addresses.size() >= LIMIT) {
				break;
			}
			addresses.add(a.toLowerCase(java.util.Locale.ROOT));
		}
		return List.copyOf(addresses);
	}

}
