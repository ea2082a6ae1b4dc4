package dev.deskhand.work;

import dev.deskhand.parties.PartyId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A work item to create by hand: a VA's task such as appointment scheduling, travel, data
 * entry, bookkeeping, a social media post or a phone call.
 *
 * @param type the work type, e.g. {@code travel}; SOPs and SLA policies match on it
 * @param priority null for NORMAL
 * @param scope {@code kind:key} (e.g. {@code customer:ACME}) or null; a scoped member
 * must give one of their scopes
 * @param links references to records in other modules, e.g. {@code shipment:4711}
 * @param party the customer or carrier it is about; a customer's item is filed under its
 * scope ({@code customer:NAME}) and follows its SLA policy
 */
public record NewWorkItem(String type, String title, @Nullable Priority priority, @Nullable MemberId assignee,
		@Nullable Instant due, @Nullable List<String> tags, @Nullable String customer, @Nullable String scope,
		@Nullable List<String> links, @Nullable PartyId party) {

	public NewWorkItem(String type, String title, @Nullable Priority priority, @Nullable MemberId assignee,
			@Nullable Instant due, @Nullable List<String> tags, @Nullable String customer, @Nullable String scope,
			@Nullable List<String> links) {
		this(type, title, priority, assignee, due, tags, customer, scope, links, null);
	}

	public static NewWorkItem of(String type, String title) {
		return new NewWorkItem(type, title, null, null, null, null, null, null, null);
	}

}
