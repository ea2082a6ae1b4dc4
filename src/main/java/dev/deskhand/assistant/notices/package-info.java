/**
 * Customer delay notices: written on a tracking exception in the customer's language from
 * the shipment's facts, verified, kept pending for approval (or sent at once by the
 * workspace's policy) and sent through the inbox to the customer's contact.
 */
@NullMarked
package dev.deskhand.assistant.notices;

import org.jspecify.annotations.NullMarked;
