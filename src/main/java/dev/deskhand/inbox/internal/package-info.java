/**
 * The inbox's machinery: credential encryption, IMAP fetching, MIME parsing, threading
 * and the outbox sender. Internal to the module.
 */
@NullMarked
package dev.deskhand.inbox.internal;

import org.jspecify.annotations.NullMarked;
