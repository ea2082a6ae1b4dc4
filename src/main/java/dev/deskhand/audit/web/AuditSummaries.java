package dev.deskhand.audit.web;

import dev.deskhand.audit.AuditEntryView;
import dev.deskhand.shared.Text;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An audit entry as people read it. The chain keeps each entry's English summary exactly
 * as it was sealed (verification needs it unchanged); the page reads its parts back — a
 * role, a status, a time, a name — and says it in the reader's language: roles, statuses
 * and priorities translated, times in the reader's zone and format, never an internal
 * code. A summary of a form not known here keeps its words, with its times and codes
 * still translated. Templates call it as {@code @auditTexts}.
 */
@Component("auditTexts")
class AuditSummaries {

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z");

	private static final Pattern CODE = Pattern.compile(
			"\\b(OWNER|MANAGER|EMPLOYEE|ASSISTANT|AGENT|NEW|OPEN|WAITING_ON_CUSTOMER|WAITING_ON_THIRD_PARTY|RESOLVED|CLOSED|LOW|NORMAL|HIGH|URGENT)\\b");

	private static final Set<String> ROLES = Set.of("OWNER", "MANAGER", "EMPLOYEE", "ASSISTANT", "AGENT");

	private static final Set<String> PRIORITIES = Set.of("LOW", "NORMAL", "HIGH", "URGENT");

	private static final String ITEM = "([A-Z]+-\\d+)";

	private record Form(Pattern pattern, Function<Matcher, Text> text) {
	}

	private static final List<Form> FORMS = List.of(
			// hiring: "Hiring <what>: <argument> | <argument> …" (times as instants)
			form("Hiring ([a-zA-Z]+): (.*)",
					m -> Text.of("hiring.audit." + m.group(1),
							java.util.Arrays.stream(m.group(2).split(" \\| ", -1))
								.map(a -> INSTANT.matcher(a).matches() ? (Object) time(a) : a)
								.toArray())),
			form("grant (\\w+) for (.+) until (\\S+)",
					m -> Text.of("audit.s.grantUntil", code(m.group(1)), m.group(2), time(m.group(3)))),
			form("grant (\\w+) for (.+)", m -> Text.of("audit.s.grant", code(m.group(1)), m.group(2))),
			form("Role (\\w+) → (\\w+)", m -> Text.of("audit.s.role", code(m.group(1)), code(m.group(2)))),
			form("Access from (\\S+) without end", m -> Text.of("audit.s.accessOpen", time(m.group(1)))),
			form("Access from (\\S+) until (\\S+)",
					m -> Text.of("audit.s.accessUntil", time(m.group(1)), time(m.group(2)))),
			form("Scopes \\[(.*)\\]", m -> Text.of("audit.s.scopes", m.group(1))),
			form("(.+) accepted NDA v(\\d+)", m -> Text.of("audit.s.ndaAccepted", m.group(1), m.group(2))),
			form("NDA v(\\d+) recorded", m -> Text.of("audit.s.ndaRecorded", m.group(1))),
			form("NDA text v(\\d+)", m -> Text.of("audit.s.ndaText", m.group(1))),
			form("Token '(.+)' for (.+)", m -> Text.of("audit.s.token", m.group(1), m.group(2))),
			form("Token '(.+)' revoked", m -> Text.of("audit.s.tokenRevoked", m.group(1))),
			form("Two-factor sign-in on for (.+)", m -> Text.of("audit.s.twoFactorOn", m.group(1))),
			form("Two-factor sign-in off for (.+)", m -> Text.of("audit.s.twoFactorOff", m.group(1))),
			form("Recovery code used by (.+)", m -> Text.of("audit.s.recoveryCodeUsed", m.group(1))),
			form("Two-factor sign-in required", m -> Text.of("audit.s.twoFactorRequired")),
			form("Two-factor sign-in no longer required", m -> Text.of("audit.s.twoFactorNotRequired")),
			form("Workspace (.+)", m -> Text.of("audit.s.workspace", m.group(1))),
			form("(?:PERSON|AGENT) (.+) joined", m -> Text.of("audit.s.joined", m.group(1))),
			form("(.+) joined", m -> Text.of("audit.s.joined", m.group(1))),
			form("SOP (\\S+) v(\\d+)", m -> Text.of("audit.s.sop", m.group(1), m.group(2))),
			form("SLA policy (.+)", m -> Text.of("audit.s.slaPolicy", m.group(1))),
			form("Escalation rule on (\\w+)",
					m -> Text.of("audit.s.escalationRule", Text.of("rules.trigger." + m.group(1)))),
			form("Recurring task (.+) \\((.+)\\)", m -> Text.of("audit.s.recurringTask", m.group(1), m.group(2))),
			form("Removed (.+)", m -> Text.of("audit.s.removed", m.group(1))),
			form("Working hours of (.+)", m -> Text.of("audit.s.hours", m.group(1))),
			form("Invited (\\S+) as (\\w+)", m -> Text.of("audit.s.invited", m.group(1), code(m.group(2)))),
			form("Accepted by (.+)", m -> Text.of("audit.s.acceptedBy", m.group(1))),
			form("Invitation revoked", m -> Text.of("audit.s.invitationRevoked")),
			form("Tracking rule (.+)", m -> Text.of("shipments.exc.audit.rule", m.group(1))),
			form("Deleted rule", m -> Text.of("audit.s.deletedRule")),
			form("Deleted (.+)", m -> Text.of("audit.s.deleted", m.group(1))),
			form("Business calendar", m -> Text.of("audit.s.calendar")),
			form("Stopped (.+)", m -> Text.of("audit.s.stopped", m.group(1))),
			form("Saved reply (.+) \\((\\w\\w)\\)", m -> Text.of("audit.s.savedReply", m.group(1), m.group(2))),
			form(ITEM + " (\\w+) -> (\\w+)",
					m -> Text.of("audit.s.status", m.group(1), code(m.group(2)), code(m.group(3)))),
			form(ITEM + " assigned to (.+)", m -> Text.of("audit.s.assigned", m.group(1), m.group(2))),
			form(ITEM + " unassigned", m -> Text.of("audit.s.unassigned", m.group(1))),
			form(ITEM + " changed: \\[(.*)\\]", m -> Text.of("audit.s.itemChanged", m.group(1), kinds(m.group(2)))),
			form("Added mailbox (.+)", m -> Text.of("audit.s.mailboxAdded", m.group(1))),
			form("Changed e-mail signature", m -> Text.of("audit.s.signature")),
			form("Sent e-mail to (.+)", m -> Text.of("audit.s.sent", m.group(1))),
			form("Sending failed: (.+)", m -> Text.of("audit.s.sendFailed")),
			form("Stored (.+) \\((.+), (\\d+) bytes\\)", m -> Text.of("audit.s.stored", m.group(1), m.group(2))),
			// billing: contracts and profiles
			form("Contract (HOURLY|PER_TASK|RETAINER) for (.+)",
					m -> Text.of("audit.s.contract", Text.of("billing.contract.kind." + m.group(1)), m.group(2))),
			form("Contract activated for (.+)", m -> Text.of("audit.s.contractActivated", m.group(1))),
			form("Contract ended for (.+)", m -> Text.of("audit.s.contractEnded", m.group(1))),
			form("Contract end changed for (.+)", m -> Text.of("audit.s.contractEndChanged", m.group(1))),
			form("Rate (HOURLY|TASK|RETAINER|OVERAGE) for (.+)",
					m -> Text.of("audit.s.contractRate", Text.of("billing.contract.rate." + m.group(1)), m.group(2))),
			form("Clause (NDA|IP_ASSIGNMENT|AUDIT_RIGHTS) v(\\d+) accepted by (.+)",
					m -> Text.of("audit.s.contractClause", Text.of("billing.contract.clause." + m.group(1)), m.group(2),
							m.group(3))),
			form("Issuer profile (.+)", m -> Text.of("audit.s.issuerProfile", m.group(1))),
			form("Billing profile (.+)", m -> Text.of("audit.s.clientProfile", m.group(1))),
			// hiring: job posts and bids (stages, scores) and their reads
			form("Job post (.+) (DRAFT|OPEN|CLOSED) -> (DRAFT|OPEN|CLOSED)",
					m -> Text.of("audit.s.jobPostStatus", m.group(1), Text.of("hiring.status." + m.group(2)),
							Text.of("hiring.status." + m.group(3)))),
			form("Job post (.+)", m -> Text.of("audit.s.jobPost", m.group(1))),
			form("Bid by (.+) (NEW|SHORTLISTED|INTERVIEW|OFFER|HIRED|DECLINED|WITHDRAWN) -> (\\w+)",
					m -> Text.of("audit.s.bidStage", m.group(1), Text.of("hiring.stage." + m.group(2)),
							Text.of("hiring.stage." + m.group(3)))),
			form("Bid by (.+) scored by (.+)", m -> Text.of("audit.s.bidScored", m.group(1), m.group(2))),
			form("Bid by (.+) on (.+)", m -> Text.of("audit.s.bidReceived", m.group(1), m.group(2))),
			form("Bids on (.+) \\((\\d+)\\)", m -> Text.of("audit.s.readBids", m.group(1), m.group(2))),
			form("Sample of the bid by (.+) read by (.+)",
					m -> Text.of("audit.s.readBidSample", m.group(1), m.group(2))),
			form("Bid by (.+)", m -> Text.of("audit.s.readBid", m.group(1))),
			// time (timesheets): "Time <action> for <name>, week <n>/<year>[: <reason>]"
			form("Time ([a-z-]+) for (.+), week (\\d+)/(\\d+)(?:: (.*))?",
					m -> Text.of("time.audit." + m.group(1), m.group(2), m.group(3), m.group(4),
							m.group(5) == null ? "" : m.group(5))),
			// reads: what was read, by purpose
			form("list entries, page (\\d+)", m -> Text.of("audit.s.readEntries")),
			form("verify", m -> Text.of("audit.s.readVerify")),
			form("export as (\\w+)", m -> Text.of("audit.s.readExport", m.group(1))),
			form("members page|GET members API", m -> Text.of("audit.s.readMembers")),
			form("list mailboxes|read mailbox", m -> Text.of("audit.s.readMailboxes")),
			form("read conversation", m -> Text.of("audit.s.readConversation")),
			form("download via link issued to (.+) \\(.*\\)", m -> Text.of("audit.s.readDownload", m.group(1))));

	private static Form form(String regex, Function<Matcher, Text> text) {
		return new Form(Pattern.compile(regex), text);
	}

	private final MessageSource messages;

	AuditSummaries(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The subject's kind in the reader's language (as it is, for a kind the bundles do
	 * not name yet).
	 */
	public Text subject(AuditEntryView e) {
		String key = "audit.subject." + e.subjectType();
		return messages.getMessage(key, null, null, Locale.ENGLISH) == null ? Text.literal(e.subjectType())
				: Text.of(key);
	}

	/** The summary in the reader's language, one text per part. */
	public List<Text> of(AuditEntryView e) {
		List<Text> parts = new ArrayList<>();
		String summary = e.summary();
		if (e.subjectType().equals("work-item") && e.action() == dev.deskhand.shared.AuditableChange.Action.CREATE) {
			Matcher created = Pattern.compile(ITEM + " (.+)").matcher(summary);
			if (created.matches()) {
				return List.of(Text.of("audit.s.itemCreated", created.group(1), created.group(2)));
			}
		}
		for (String part : summary.split("; ")) {
			parts.add(part(part));
		}
		return parts;
	}

	private static Text part(String part) {
		for (Form f : FORMS) {
			Matcher m = f.pattern().matcher(part);
			if (m.matches()) {
				return f.text().apply(m);
			}
		}
		return literal(part);
	}

	/**
	 * A summary of an unknown form: its words as they are, its times and codes said as
	 * people read them.
	 */
	private static Text literal(String part) {
		Matcher m = INSTANT.matcher(part);
		if (m.find()) {
			return Text.of("audit.s.joined2", literal(part.substring(0, m.start())), time(m.group()),
					literal(part.substring(m.end())));
		}
		Matcher c = CODE.matcher(part);
		if (c.find()) {
			return Text.of("audit.s.joined2", Text.literal(part.substring(0, c.start())), code(c.group()),
					literal(part.substring(c.end())));
		}
		return Text.literal(part);
	}

	private static Object time(String iso) {
		try {
			return Instant.parse(iso);
		}
		catch (DateTimeParseException e) {
			return iso;
		}
	}

	private static Text code(String code) {
		if (ROLES.contains(code)) {
			return Text.of("role." + code);
		}
		return Text.of((PRIORITIES.contains(code) ? "priority." : "status.") + code);
	}

	private static String kinds(String list) {
		return String.join(", ", List.of(list.split(",\\s*")));
	}

}
