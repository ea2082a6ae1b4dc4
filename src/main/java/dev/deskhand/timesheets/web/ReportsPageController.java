package dev.deskhand.timesheets.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.timesheets.HoursRow;
import dev.deskhand.timesheets.ReportBy;
import dev.deskhand.timesheets.TimeReports;
import dev.deskhand.timesheets.internal.Weeks;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reports of hours (per member, work type, customer, week or month) as a page and as CSV
 * (UTF-8; {@code ;} and decimal comma for Danish and German readers). Assistants and
 * employees see only their own hours.
 */
@Controller
class ReportsPageController {

	private final AccessPolicy policy;

	private final TimeReports reports;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	private final Clock clock;

	ReportsPageController(AccessPolicy policy, TimeReports reports, WorkspaceManagement workspaces,
			MessageSource messages, Clock clock) {
		this.policy = policy;
		this.reports = reports;
		this.workspaces = workspaces;
		this.messages = messages;
		this.clock = clock;
	}

	/** A row as people read it. */
	record HoursLine(String label, long minutes, long billableMinutes) {
	}

	@GetMapping("/w/{slug}/time/reports")
	String page(@PathVariable String slug, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, @RequestParam(defaultValue = "MEMBER") ReportBy by,
			Model model, HttpServletResponse response) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		LocalDate f = from != null ? from : firstOfMonth(m);
		LocalDate t = to != null ? to : f.plusMonths(1).minusDays(1);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("from", f);
		model.addAttribute("to", t);
		model.addAttribute("by", by);
		model.addAttribute("groupings", ReportBy.values());
		model.addAttribute("everyone", m.can(Permission.TIME_APPROVE));
		try {
			List<HoursLine> lines = lines(m, f, t, by);
			model.addAttribute("lines", lines);
			model.addAttribute("total", lines.stream().mapToLong(HoursLine::minutes).sum());
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", e.text());
			model.addAttribute("lines", List.of());
			model.addAttribute("total", 0L);
		}
		return "timesheets/reports";
	}

	@GetMapping("/w/{slug}/time/reports/csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(defaultValue = "MEMBER") ReportBy by) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		LocalDate f = from != null ? from : firstOfMonth(m);
		LocalDate t = to != null ? to : f.plusMonths(1).minusDays(1);
		Locale locale = LocaleContextHolder.getLocale();
		boolean comma = !locale.getLanguage().equals("en");
		String sep = comma ? ";" : ",";
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(cell(text("time.report.by." + by, locale)))
			.append(sep)
			.append(cell(text("time.report.hours", locale)))
			.append(sep)
			.append(cell(text("time.report.billableHours", locale)))
			.append("\r\n");
		for (HoursLine l : lines(m, f, t, by)) {
			out.append(cell(l.label()))
				.append(sep)
				.append(decimal(l.minutes(), comma))
				.append(sep)
				.append(decimal(l.billableMinutes(), comma))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("hours-" + f + "-" + t + ".csv").build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<HoursLine> lines(Membership m, LocalDate from, LocalDate to, ReportBy by) {
		Map<String, String> names = by == ReportBy.MEMBER ? workspaces.members(m.workspace().id())
			.stream()
			.collect(Collectors.toMap(x -> x.id().value().toString(), MemberView::displayName)) : Map.of();
		Locale locale = LocaleContextHolder.getLocale();
		return reports.hours(m, from, to, by)
			.stream()
			.map(r -> new HoursLine(label(r, by, names, locale), r.minutes(), r.billableMinutes()))
			.toList();
	}

	private String label(HoursRow r, ReportBy by, Map<String, String> names, Locale locale) {
		if (r.key().isEmpty()) {
			return text("time.report.none", locale);
		}
		return switch (by) {
			case MEMBER -> names.getOrDefault(r.key(), "?");
			case WEEK -> {
				LocalDate monday = LocalDate.parse(r.key());
				yield messages.getMessage(
						Text.of("time.week.short", Weeks.number(monday), String.valueOf(Weeks.year(monday))), locale);
			}
			case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(r.key()));
			default -> r.key();
		};
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private LocalDate firstOfMonth(Membership m) {
		return clock.instant().atZone(m.workspace().timeZone()).toLocalDate().withDayOfMonth(1);
	}

	private static String decimal(long minutes, boolean comma) {
		String s = String.format(Locale.ROOT, "%.2f", minutes / 60.0);
		return comma ? s.replace('.', ',') : s;
	}

	/**
	 * RFC 4180: quoted when it holds a separator, quote or line break; a leading formula
	 * sign is defused for spreadsheets.
	 */
	private static String cell(String raw) {
		String s = raw.matches("(?s)[=+\\-@].*") ? "'" + raw : raw;
		return s.matches("(?s).*[;,\"\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

}
