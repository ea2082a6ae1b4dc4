package dev.deskhand.access;

import dev.deskhand.workspace.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What a role may do; the single table of role rights in Deskhand. */
public enum Permission {

	WORKSPACE_VIEW, MEMBERS_VIEW, MEMBERS_MANAGE, WORKSPACE_SETTINGS, AUDIT_VIEW, DOCUMENTS_VIEW, DOCUMENTS_UPLOAD,
	DOCUMENTS_DELETE, OWN_TOKEN,
	/** See the work queue and work on items one's scopes allow. */
	WORK_VIEW,
	/**
	 * Write SOPs, saved replies, SLA policies, calendars, escalation and recurring tasks.
	 */
	WORK_MANAGE,
	/** Add, change and test the workspace's mailboxes (IMAP/SMTP accounts). */
	MAILBOXES_MANAGE,
	/** Read conversations of the mailboxes one's scopes allow, and reply to them. */
	INBOX_VIEW,
	/**
	 * Add, change, import and delete customers and carriers (reading them needs
	 * WORK_VIEW).
	 */
	PARTIES_MANAGE,
	/**
	 * Import tracking events, add and change shipments and orders, and configure the
	 * tracking exception rules (reading shipments needs WORK_VIEW and the scope).
	 */
	SHIPMENTS_MANAGE,
	/** Run timers and record one's own time, submit one's weekly timesheets. */
	TIME_TRACK,
	/**
	 * Approve, reject and reopen the members' weekly timesheets; see everyone's hours.
	 */
	TIME_APPROVE,
	/**
	 * See one's own contracts, rates and invoices (an assistant), or the invoices the
	 * workspace received (an owner, who also has {@link #BILLING_MANAGE}).
	 */
	BILLING_VIEW,
	/**
	 * Write contracts and rates, the workspace's billing profile, and see every
	 * assistant's rates and invoices: the owner only.
	 */
	BILLING_MANAGE,
	/**
	 * Write job posts, move, decline and hire bids, schedule interviews, run onboarding
	 * and trials (owner, manager).
	 */
	HIRING_MANAGE,
	/**
	 * Read job posts and bids (each read of a bid audited) and score bids on the post's
	 * criteria (owner, manager, employee).
	 */
	HIRING_REVIEW;

	private static final Map<Role, Set<Permission>> BY_ROLE = Map.of(Role.OWNER, EnumSet.allOf(Permission.class),
			Role.MANAGER, EnumSet.complementOf(EnumSet.of(WORKSPACE_SETTINGS, BILLING_MANAGE)), Role.EMPLOYEE,
			EnumSet.of(WORKSPACE_VIEW, MEMBERS_VIEW, DOCUMENTS_VIEW, DOCUMENTS_UPLOAD, OWN_TOKEN, WORK_VIEW, INBOX_VIEW,
					SHIPMENTS_MANAGE, TIME_TRACK, HIRING_REVIEW),
			Role.ASSISTANT,
			EnumSet.of(WORKSPACE_VIEW, DOCUMENTS_VIEW, DOCUMENTS_UPLOAD, OWN_TOKEN, WORK_VIEW, INBOX_VIEW, TIME_TRACK,
					BILLING_VIEW),
			Role.AGENT, EnumSet.of(WORKSPACE_VIEW, DOCUMENTS_VIEW, DOCUMENTS_UPLOAD, WORK_VIEW, INBOX_VIEW));

	public static boolean granted(Role role, Permission permission) {
		return BY_ROLE.get(role).contains(permission);
	}

}
