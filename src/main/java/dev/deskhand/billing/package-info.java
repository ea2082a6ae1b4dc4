/**
 * Engagement contracts between an assistant and a workspace (hourly, per task or
 * retainer; rates with effective dates; clauses; trial), the issuers' and clients'
 * billing profiles, and the invoices and credit notes made from approved time or resolved
 * tasks at the end of each billing period, with their PDF, time report and e-invoice.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access", "documents", "parties", "inbox", "work",
		"timesheets", "assistant" })
package dev.deskhand.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
