/**
 * The e-mail channel: workspace mailboxes over IMAP and SMTP, received messages threaded
 * into conversations, and replies sent through a transactional outbox.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access", "documents", "parties" })
package dev.deskhand.inbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
