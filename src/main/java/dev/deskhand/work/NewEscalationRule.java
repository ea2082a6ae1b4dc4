package dev.deskhand.work;

import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An escalation rule to add: exactly one of {@code targetRole} and {@code targetMember}.
 */
public record NewEscalationRule(EscalationTrigger trigger, @Nullable Role targetRole, @Nullable MemberId targetMember,
		@Nullable Set<EscalationChannel> channels, @Nullable String webhookUrl, boolean reassign) {
}
