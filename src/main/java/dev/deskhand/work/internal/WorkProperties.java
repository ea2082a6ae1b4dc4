package dev.deskhand.work.internal;

import dev.deskhand.workspace.Role;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the work module ({@code deskhand.work.*}).
 *
 * @param roundRobinRoles who round-robin assignment picks from
 * @param autoAssignEmail whether a new e-mail item is assigned round-robin at once
 * @param viewedWindow a member's views of an item within this window count once
 * @param webhookTimeout connect and read timeout of escalation webhooks
 */
@ConfigurationProperties("deskhand.work")
public record WorkProperties(@DefaultValue( {
		"ASSISTANT", "EMPLOYEE" }) Set<Role> roundRobinRoles, @DefaultValue("true") boolean autoAssignEmail,
		@DefaultValue("5m") Duration viewedWindow, @DefaultValue("3s") Duration webhookTimeout){
}
