package dev.deskhand.work.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.OutboundAddresses;
import dev.deskhand.work.CalendarView;
import dev.deskhand.work.EscalationChannel;
import dev.deskhand.work.EscalationRuleView;
import dev.deskhand.work.NewEscalationRule;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.work.SlaPolicyView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkingPeriod;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

/** Checks of playbook settings; each failure names its field. */
public final class SettingsChecks {

	private static final Set<String> LANGUAGES = Set.of("da", "de", "en");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private SettingsChecks() {
	}

	public static List<String> checklist(@Nullable List<String> points) {
		if (points == null) {
			return List.of();
		}
		if (points.size() > 50) {
			throw new InvalidInputException("/checklist", Text.of("input.checklistMax"));
		}
		return points.stream().map(p -> Inputs.text("/checklist", p, 300)).toList();
	}

	public static String language(@Nullable String language) {
		String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(l)) {
			throw new InvalidInputException("/language", Text.of("input.language"));
		}
		return l;
	}

	public static ZoneId zone(@Nullable String zone) {
		try {
			return ZoneId.of(zone == null ? "" : zone.strip());
		}
		catch (DateTimeException e) {
			throw new InvalidInputException("/timeZone", Text.of("input.timeZone", zone));
		}
	}

	public static String schedule(@Nullable String schedule) {
		String s = schedule == null ? "" : schedule.strip();
		String problem = scheduleProblem(s);
		if (problem == null) {
			return s;
		}
		throw new InvalidInputException("/schedule", Text.of(problem));
	}

	/**
	 * What is wrong with a schedule, as a message key ({@code playbook.error.*}), or
	 * null: not a cron expression, never occurring, or occurring more than once a minute
	 * (its seconds field has more than one value, so its first two occurrences fall
	 * within one minute).
	 */
	public static @Nullable String scheduleProblem(String schedule) {
		CronExpression cron;
		try {
			cron = CronExpression.parse(schedule.strip());
		}
		catch (IllegalArgumentException e) {
			return "playbook.error.schedule";
		}
		LocalDateTime first = cron.next(LocalDateTime.of(2026, 1, 1, 0, 0));
		LocalDateTime second = first == null ? null : cron.next(first);
		if (first == null || second == null) {
			return "playbook.error.scheduleNever";
		}
		return second.isBefore(first.plusMinutes(1)) ? "playbook.error.scheduleTooOften" : null;
	}

	public static SlaPolicyView policy(UUID id, int position, NewSlaPolicy n) {
		double share = n.warnShare() == null ? 0.8 : n.warnShare();
		if (!(share > 0 && share < 1)) {
			throw new InvalidInputException("/warnShare", Text.of("input.warnShare"));
		}
		minutes("/firstResponseMinutes", n.firstResponseMinutes());
		minutes("/nextResponseMinutes", n.nextResponseMinutes());
		minutes("/resolutionMinutes", n.resolutionMinutes());
		return new SlaPolicyView(id, position, Inputs.text("/name", n.name(), 100), n.matchPriority(),
				n.matchType() == null ? null : Inputs.type("/matchType", n.matchType()), n.firstResponseMinutes(),
				n.nextResponseMinutes(), n.resolutionMinutes(), Math.round(share * 100) / 100.0);
	}

	private static void minutes(String pointer, @Nullable Integer minutes) {
		if (minutes != null && (minutes < 1 || minutes > 525_600)) {
			throw new InvalidInputException(pointer, Text.of("input.slaTarget"));
		}
	}

	public static CalendarView calendar(CalendarView v) {
		ZoneId zone = zone(v.timeZone());
		List<WorkingPeriod> week;
		try {
			week = WorkingPeriod.parseWeek(v.weeklyHours() == null ? "" : v.weeklyHours());
		}
		catch (InvalidInputException e) {
			// parseWeek speaks of a member's /workingHours; here the field is
			// /weeklyHours
			throw new InvalidInputException("/weeklyHours", e.text());
		}
		if (week.isEmpty()) {
			throw new InvalidInputException("/weeklyHours", Text.of("input.weekEmpty"));
		}
		String country = v.country() == null || v.country().isBlank() ? null
				: v.country().strip().toUpperCase(Locale.ROOT);
		if (country != null && !Holidays.knows(country)) {
			throw new InvalidInputException("/country", Text.of("input.noHolidays", country));
		}
		String sub = v.subdivision() == null || v.subdivision().isBlank() ? null
				: v.subdivision().strip().toUpperCase(Locale.ROOT);
		if (sub != null && (country == null || !Holidays.knows(country, sub))) {
			throw new InvalidInputException("/subdivision",
					Text.of("input.noHolidays", sub + (country == null ? "" : ", " + country)));
		}
		if (sub != null && !sub.contains("-")) {
			sub = country + "-" + sub;
		}
		return new CalendarView(zone.getId(), WorkingPeriod.formatWeek(week), country, sub,
				v.closedDays() == null ? List.of() : v.closedDays().stream().distinct().sorted().toList());
	}

	/**
	 * A rule, checked; its webhook must be an https address of a public host (as
	 * {@code outbound} decides; checked again when it is called).
	 */
	public static EscalationRuleView rule(UUID id, NewEscalationRule n, OutboundAddresses outbound) {
		if (n.trigger() == null) {
			throw new InvalidInputException("/trigger", Text.of("input.trigger"));
		}
		if (n.targetRole() != null && n.targetMember() != null) {
			throw new InvalidInputException("/targetRole", Text.of("input.roleOrMember"));
		}
		if (n.targetRole() == Role.AGENT) {
			throw new InvalidInputException("/targetRole", Text.of("input.noAgents"));
		}
		boolean people = n.targetRole() != null || n.targetMember() != null;
		Set<EscalationChannel> channels = n.channels() == null ? Set.of() : Set.copyOf(n.channels());
		String url = n.webhookUrl() == null || n.webhookUrl().isBlank() ? null : n.webhookUrl().strip();
		String emailTo = n.emailTo() == null || n.emailTo().isBlank() ? null : n.emailTo().strip();
		if (channels.isEmpty() && !Boolean.TRUE.equals(n.reassign()) && emailTo == null) {
			throw new InvalidInputException("/channels", Text.of("input.channel"));
		}
		if (!people && (Boolean.TRUE.equals(n.reassign()) || channels.contains(EscalationChannel.IN_APP)
				|| channels.contains(EscalationChannel.EMAIL))) {
			throw new InvalidInputException("/targetRole", Text.of("input.needsPeople"));
		}
		if (channels.contains(EscalationChannel.WEBHOOK) != (url != null)) {
			throw new InvalidInputException("/webhookUrl", Text.of("input.webhookOnly"));
		}
		if (url != null && outbound.webAddress("/webhookUrl", url) == null) {
			throw new InvalidInputException("/webhookUrl", Text.of("input.notHttps", url));
		}
		if (emailTo != null && (emailTo.length() > 254 || !EMAIL.matcher(emailTo).matches())) {
			throw new InvalidInputException("/emailTo", Text.of("input.notEmailValue", emailTo));
		}
		String type = n.matchType() == null || n.matchType().isBlank() ? null
				: Inputs.type("/matchType", n.matchType());
		return new EscalationRuleView(id, n.trigger(), n.targetRole(), n.targetMember(), channels, url,
				Boolean.TRUE.equals(n.reassign()), emailTo, n.matchPriority(), type);
	}

}
