package dev.deskhand.work;

import org.jspecify.annotations.Nullable;

/**
 * One condition of an inbound rule; a rule matches when all its conditions do. Text
 * comparisons ignore case.
 *
 * @param value the mailbox address, sender address, sender domain (also matching its
 * subdomains) or text to find; null for {@link Kind#HAS_ATTACHMENT}
 */
public record RuleCondition(Kind kind, @Nullable String value) {

	/**
	 * What a condition looks at. {@code PARTY} is reserved for the customer or carrier a
	 * mail is matched to; it is refused until parties exist.
	 */
	public enum Kind {

		MAILBOX, SENDER, SENDER_DOMAIN, SUBJECT_CONTAINS, BODY_CONTAINS, HAS_ATTACHMENT, PARTY

	}

}
