/**
 * Customers and carriers as records: parties with contacts, e-mail domains, language,
 * account references and a customer's SLA policy, and the matching of a sender's address
 * to the party it belongs to.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access" })
package dev.deskhand.parties;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
