package dev.deskhand.inbox;

/**
 * An enabled mailbox the caller may send from, with the name and signature their mail
 * from it carries.
 */
public record SenderView(MailboxId id, String address, String fromName, String signature) {
}
