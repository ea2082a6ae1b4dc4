/**
 * The demo data set: a Danish freight forwarder and a Saxon e-commerce shipper that share
 * one virtual assistant, with a demo inbox of received e-mail, loaded once into an empty
 * database through the other modules' facades.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access", "parties", "inbox", "work", "references",
		"shipments", "timesheets", "billing", "hiring" })
package dev.deskhand.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
