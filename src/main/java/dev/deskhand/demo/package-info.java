/**
 * The demo data set: a Danish freight forwarder and a Saxon e-commerce shipper that share
 * one virtual assistant, loaded once into an empty database through the other modules'
 * facades.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access", "parties", "work" })
package dev.deskhand.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
