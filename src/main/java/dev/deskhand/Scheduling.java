package dev.deskhand;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The server's clocks ({@code @Scheduled}: mail fetching and sending, SLA watch, tracking
 * exceptions by time, recurring tasks, event resubmission) run in the server, not in a
 * command-line run: a command does its one job and leaves the background work to the
 * server, instead of fetching mail or judging every shipment while it imports.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!cli")
@EnableScheduling
class Scheduling {

}
