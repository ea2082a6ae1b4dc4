package dev.deskhand.work;

import org.jspecify.annotations.Nullable;

/**
 * One condition of an inbound rule; a rule matches when all its conditions do. Text
 * comparisons ignore case.
 *
 * @param value the mailbox address, sender address, sender domain (also matching its
 * subdomains), text to find, or the customer's or carrier's id for {@link Kind#PARTY}
 * (given by name or id, stored as the id so a rename keeps the rule); null for
 * {@link Kind#HAS_ATTACHMENT}
 */
public record RuleCondition(Kind kind, @Nullable String value) {

	/**
	 * What a condition looks at. {@code PARTY} is the customer or carrier the mail was
	 * matched to on receipt (by the sender's address, then domain).
	 */
	public enum Kind {

		MAILBOX, SENDER, SENDER_DOMAIN, SUBJECT_CONTAINS, BODY_CONTAINS, HAS_ATTACHMENT, PARTY

	}

}
