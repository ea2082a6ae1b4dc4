package dev.deskhand.inbox;

import java.util.List;

/**
 * The caller's from-name and signature, and the signature of each mailbox they see.
 *
 * @param fromName the person's from-name pattern (placeholders allowed); empty to use
 * each mailbox's name
 * @param signature the person's signature; {@code {{mailbox.signature}}} in it stands for
 * the mailbox's; empty to use the mailbox's alone
 */
public record IdentitySettings(String fromName, String signature, List<MailboxIdentity> mailboxes) {

	public IdentitySettings {
		mailboxes = List.copyOf(mailboxes);
	}

	/** A mailbox's name and signature, and how the caller's mail from it looks. */
	public record MailboxIdentity(MailboxId id, String address, String displayName, String signature,
			String previewFromName, String previewSignature) {
	}

}
