package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.CalendarView;
import dev.deskhand.work.EscalationChannel;
import dev.deskhand.work.EscalationRuleView;
import dev.deskhand.work.EscalationTrigger;
import dev.deskhand.work.HolidayRegion;
import dev.deskhand.work.NewEscalationRule;
import dev.deskhand.work.Priority;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Service hours and escalation: the business-hours calendar the SLA clocks run on (time
 * zone, several periods per weekday, the holiday region and company closing days, with a
 * preview of the next days it skips) and the escalation rules. Everyone who works the
 * queue reads the calendar; owners and managers change it and alone see the rules (their
 * webhook addresses are secrets). The page calls the same {@link WorkSetup} methods as
 * the API.
 */
@Controller
class ServiceHoursPageController {

	static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	/** Offered first: the zones of the businesses Deskhand serves. */
	static final List<String> COMMON_ZONES = List.of("Europe/Copenhagen", "Europe/Berlin", "Europe/Stockholm",
			"Europe/Oslo", "Europe/Helsinki", "Europe/Amsterdam", "Europe/Brussels", "Europe/Warsaw", "Europe/Vienna",
			"Europe/Zurich", "Europe/Prague", "Europe/Paris", "Europe/London", "Europe/Dublin", "Europe/Lisbon",
			"Europe/Madrid", "Europe/Rome", "UTC");

	private static final int PREVIEW = 5;

	private final AccessPolicy policy;

	private final WorkSetup setup;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	ServiceHoursPageController(AccessPolicy policy, WorkSetup setup, WorkspaceManagement workspaces,
			MessageSource messages) {
		this.policy = policy;
		this.setup = setup;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@GetMapping("/w/{slug}/service-hours")
	String show(@PathVariable String slug, @RequestParam(required = false) @Nullable LocalDate from, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		CalendarView c = setup.calendar(m);
		return page(m, model, from, c.timeZone(), region(c), week(WorkingPeriod.parseWeek(c.weeklyHours())),
				c.closedDays().stream().map(LocalDate::toString).collect(Collectors.joining("\n")), Map.of());
	}

	/**
	 * Saves the calendar; bad input shows the form again as it was sent, each error at
	 * its field, and saves nothing.
	 */
	@PostMapping("/w/{slug}/service-hours/calendar")
	String saveCalendar(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, List<Slot>> week = new LinkedHashMap<>();
		List<String> parts = new ArrayList<>();
		for (String day : DAYS) {
			List<Slot> slots = slots(form, day);
			week.put(day, slots);
			List<String> periods = new ArrayList<>();
			for (Slot s : slots) {
				String problem = s.problem();
				if (problem != null) {
					errors.putIfAbsent(day, text(problem, s.from(), s.to()));
				}
				else {
					periods.add(s.from() + "-" + s.end());
				}
			}
			if (!errors.containsKey(day) && !periods.isEmpty()) {
				String spec = day + " " + String.join(", ", periods);
				try {
					WorkingPeriod.parseWeek(spec); // the same rule the calendar applies:
													// no
													// overlaps
					parts.add(spec);
				}
				catch (InvalidInputException e) {
					errors.put(day, text("hours.error.overlap"));
				}
			}
		}
		if (errors.isEmpty() && parts.isEmpty()) {
			errors.put("week", text("hours.error.noHours"));
		}
		List<LocalDate> closed = new ArrayList<>();
		String closedText = first(form, "closedDays");
		for (String d : closedText.split("[\\s,;]+")) {
			if (!d.isBlank()) {
				try {
					closed.add(LocalDate.parse(d.strip()));
				}
				catch (DateTimeParseException e) {
					errors.put("closedDays", text("hours.error.date", d.strip()));
				}
			}
		}
		String zone = first(form, "timeZone");
		String region = first(form, "region");
		if (errors.isEmpty()) {
			String country = region.isBlank() ? null : region.split("-")[0];
			String subdivision = region.contains("-") ? region : null;
			try {
				setup.setCalendar(m,
						new CalendarView(zone, String.join("; ", parts), country, subdivision, List.copyOf(closed)));
				flash.addFlashAttribute("ok", "item.saved");
				return "redirect:/w/" + slug + "/service-hours#hours";
			}
			catch (InvalidInputException e) {
				switch (e.field()) {
					case "/timeZone" -> errors.put("timeZone", text("hours.error.zone", zone));
					case "/country", "/subdivision" -> errors.put("region", text("hours.error.region", region));
					case "/weeklyHours" -> errors.put("week", text(e.text()));
					default -> errors.put("form", text(e.text()));
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(m, model, null, zone, region, week, closedText, errors);
	}

	@PostMapping("/w/{slug}/service-hours/escalation-rules")
	String addRule(@PathVariable String slug, RuleForm form, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		return saveRule(slug, flash, () -> setup.addEscalationRule(m, form.rule()));
	}

	/** Changes a rule in place, from the same fields as a new one. */
	@PostMapping("/w/{slug}/service-hours/escalation-rules/{id}")
	String updateRule(@PathVariable String slug, @PathVariable UUID id, RuleForm form, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		return saveRule(slug, flash, () -> setup.updateEscalationRule(m, id, form.rule()));
	}

	/**
	 * A rule form's fields: {@code target} is {@code role:MANAGER} or
	 * {@code member:<id>}.
	 */
	record RuleForm(EscalationTrigger trigger, @Nullable String target, @Nullable Priority priority,
			@Nullable String type, @Nullable Boolean inApp, @Nullable Boolean emailPeople, @Nullable String emailTo,
			@Nullable String webhookUrl, @Nullable Boolean reassign) {

		NewEscalationRule rule() {
			String t = target == null ? "" : target;
			String hook = webhookUrl == null ? "" : webhookUrl;
			Role role = t.startsWith("role:") ? Role.valueOf(t.substring(5)) : null;
			MemberId member = t.startsWith("member:") ? new MemberId(UUID.fromString(t.substring(7))) : null;
			Set<EscalationChannel> channels = EnumSet.noneOf(EscalationChannel.class);
			if (Boolean.TRUE.equals(inApp)) {
				channels.add(EscalationChannel.IN_APP);
			}
			if (Boolean.TRUE.equals(emailPeople)) {
				channels.add(EscalationChannel.EMAIL);
			}
			if (!hook.isBlank()) {
				channels.add(EscalationChannel.WEBHOOK);
			}
			return new NewEscalationRule(trigger, role, member, channels, hook, Boolean.TRUE.equals(reassign),
					emailTo == null ? "" : emailTo, priority, type == null || type.isBlank() ? null : type);
		}

	}

	private String saveRule(String slug, RedirectAttributes flash, Runnable save) {
		try {
			save.run();
			flash.addFlashAttribute("ok", "item.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", ruleError(e));
		}
		catch (IllegalArgumentException e) {
			flash.addFlashAttribute("error", text("rules.error.target"));
		}
		return "redirect:/w/" + slug + "/service-hours#escalation";
	}

	@PostMapping("/w/{slug}/service-hours/escalation-rules/{id}/delete")
	String deleteRule(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		setup.deleteEscalationRule(policy.require(slug, Permission.WORK_MANAGE), id);
		flash.addFlashAttribute("ok", "rules.deleted");
		return "redirect:/w/" + slug + "/service-hours#escalation";
	}

	private String page(Membership m, Model model, @Nullable LocalDate from, String zone, String region,
			Map<String, List<Slot>> week, String closedDays, Map<String, String> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean canManage = m.can(Permission.WORK_MANAGE);
		LocalDate start = from != null ? from : setup.today(m);
		List<HolidayRegion> regions = setup.holidayRegions(locale);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("canManage", canManage);
		model.addAttribute("zone", zone);
		model.addAttribute("zones", zones(zone));
		model.addAttribute("commonZones", COMMON_ZONES);
		model.addAttribute("region", region);
		model.addAttribute("regions", regions);
		model.addAttribute("regionName",
				regions.stream()
					.filter(r -> r.code().equals(region))
					.map(HolidayRegion::name)
					.findFirst()
					.orElse(region));
		model.addAttribute("days",
				DAYS.stream()
					.map(d -> new DayRow(d, dayName(d, locale), week.getOrDefault(d, List.of()), errors.get(d)))
					.toList());
		model.addAttribute("closedDays", closedDays);
		model.addAttribute("closedList", Stream.of(closedDays.split("\\s+")).filter(d -> !d.isBlank()).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("from", start);
		DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		model.addAttribute("closures",
				setup.upcomingClosures(m, start, PREVIEW, locale)
					.stream()
					.map(h -> new ClosureRow(h.date(), full.format(h.date()), h.name()))
					.toList());
		if (canManage) {
			List<MemberView> people = workspaces.members(m.workspace().id())
				.stream()
				.filter(x -> x.active() && x.person() != null)
				.sorted(Comparator.comparing(MemberView::displayName))
				.toList();
			Map<MemberId, String> names = workspaces.members(m.workspace().id())
				.stream()
				.collect(Collectors.toMap(MemberView::id, MemberView::displayName));
			model.addAttribute("people", people);
			model.addAttribute("roles", List.of(Role.OWNER, Role.MANAGER, Role.EMPLOYEE, Role.ASSISTANT));
			model.addAttribute("rules",
					setup.escalationRules(m)
						.stream()
						.map(r -> new RuleRow(r, r.targetMember() == null ? null : names.get(r.targetMember()),
								host(r.webhookUrl())))
						.toList());
		}
		return "work/service-hours";
	}

	/** The periods sent for a day, blank pairs left out; a pair's problem is kept. */
	private static List<Slot> slots(MultiValueMap<String, String> form, String day) {
		List<String> froms = form.getOrDefault(day + "-from", List.of());
		List<String> tos = form.getOrDefault(day + "-to", List.of());
		List<Slot> out = new ArrayList<>();
		for (int i = 0; i < Math.max(froms.size(), tos.size()); i++) {
			String f = i < froms.size() ? froms.get(i).strip() : "";
			String t = i < tos.size() ? tos.get(i).strip() : "";
			if (!f.isEmpty() || !t.isEmpty()) {
				out.add(new Slot(f, t));
			}
		}
		return out;
	}

	/** The day's periods as the form shows them. */
	private static Map<String, List<Slot>> week(List<WorkingPeriod> periods) {
		Map<String, List<Slot>> week = new LinkedHashMap<>();
		for (WorkingPeriod p : periods) {
			week.computeIfAbsent(DAYS.get(p.day().ordinal()), d -> new ArrayList<>())
				// a time field cannot show 24:00: the end of day is 00:00 there, as the
				// form reads it
				.add(new Slot(p.starts().toString(), p.untilMidnight() ? "00:00" : p.ends().toString()));
		}
		return week;
	}

	private static String region(CalendarView c) {
		return c.subdivision() != null ? c.subdivision() : c.country() != null ? c.country() : "";
	}

	private static List<String> zones(String current) {
		return Stream
			.concat(ZoneId.getAvailableZoneIds()
				.stream()
				.filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")), Stream.of(current))
			.filter(z -> !COMMON_ZONES.contains(z))
			.distinct()
			.sorted()
			.toList();
	}

	private static String dayName(String day, Locale locale) {
		String name = DayOfWeek.of(DAYS.indexOf(day) + 1).getDisplayName(TextStyle.FULL, locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	private static @Nullable String host(@Nullable String url) {
		try {
			return url == null ? null : URI.create(url).getHost();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String first(MultiValueMap<String, String> form, String name) {
		String v = form.getFirst(name);
		return v == null ? "" : v.strip();
	}

	private String ruleError(InvalidInputException e) {
		String key = switch (e.field()) {
			case "/targetRole", "/targetMember" -> "rules.error.target";
			case "/channels" -> "rules.error.nothing";
			case "/webhookUrl" -> "rules.error.webhook";
			case "/emailTo" -> "rules.error.email";
			case "/matchType" -> "rules.error.type";
			default -> null;
		};
		return key == null ? text(e.text()) : text(key);
	}

	private String text(dev.deskhand.shared.Text text) {
		return messages.getMessage(text, LocaleContextHolder.getLocale());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** One pair of time fields as sent (or as stored). */
	record Slot(String from, String to) {

		/**
		 * The end as the calendar reads it: a period ending at 00:00 runs until midnight.
		 */
		String end() {
			return to.equals("00:00") || to.equals("00:00:00") ? "24:00" : to;
		}

		/** The message key of what is wrong with it, or null. */
		@Nullable String problem() {
			if (from.isEmpty() || to.isEmpty()) {
				return "hours.error.incomplete";
			}
			try {
				return WorkingPeriod.parseTime(end(), true).isAfter(LocalTime.parse(from)) ? null
						: "hours.error.endBeforeStart";
			}
			catch (DateTimeParseException e) {
				return "hours.error.time";
			}
		}

	}

	record DayRow(String key, String name, List<Slot> slots, @Nullable String error) {

		/** The pairs of fields to show: the periods, then room for one or two more. */
		public List<Slot> fields() {
			List<Slot> out = new ArrayList<>(slots);
			while (out.size() < Math.max(slots.size() + 1, 2)) {
				out.add(new Slot("", ""));
			}
			return out;
		}

	}

	record ClosureRow(LocalDate date, String label, @Nullable String name) {
	}

	record RuleRow(EscalationRuleView rule, @Nullable String memberName, @Nullable String webhookHost) {
	}

}
