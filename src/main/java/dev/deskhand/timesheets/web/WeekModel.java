package dev.deskhand.timesheets.web;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.Text;
import dev.deskhand.timesheets.TimeEntryView;
import dev.deskhand.timesheets.Timesheets;
import dev.deskhand.timesheets.TimesheetStatus;
import dev.deskhand.timesheets.WeekView;
import dev.deskhand.timesheets.internal.Weeks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The week page's model: days with their entries and totals, what the caller may do. */
@Component
class WeekModel {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final Timesheets timesheets;

	private final TimeFormats formats;

	private final Clock clock;

	WeekModel(Timesheets timesheets, TimeFormats formats, Clock clock) {
		this.timesheets = timesheets;
		this.formats = formats;
		this.clock = clock;
	}

	/** One day of the week with its entries (by start in the member's zone). */
	record TimeDay(LocalDate date, long minutes, List<TimeEntryView> entries) {
	}

	String page(Membership m, WeekView w, WeekPageController.@Nullable TimeEntryForm form, @Nullable Text error,
			Model model) {
		boolean own = w.member().equals(m.member().id());
		long[] byDay = w.minutesByDay();
		List<TimeDay> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = w.weekStart().plusDays(i);
			days.add(new TimeDay(date, byDay[i],
					w.entries()
						.stream()
						.filter(e -> e.startedAt().atZone(w.zone()).toLocalDate().equals(date))
						.toList()));
		}
		Instant now = clock.instant();
		boolean begun = !Weeks.start(w.weekStart(), w.zone()).isAfter(now);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("week", w);
		model.addAttribute("days", days);
		model.addAttribute("own", own);
		model.addAttribute("editable", own && !w.status().locked());
		model.addAttribute("canSubmit", own && begun && !w.status().locked());
		model.addAttribute("canDecide", !own && m.can(Permission.TIME_APPROVE));
		model.addAttribute("submitted", w.status() == TimesheetStatus.SUBMITTED);
		model.addAttribute("approved", w.status() == TimesheetStatus.APPROVED);
		model.addAttribute("prevWeek", w.weekStart().minusWeeks(1));
		model.addAttribute("nextWeek", w.weekStart().plusWeeks(1));
		model.addAttribute("form", form != null ? form
				: new WeekPageController.TimeEntryForm(null, defaultDay(w, now).toString(), "", "", "", true));
		model.addAttribute("formError", error);
		model.addAttribute("chartLabels",
				days.stream().map(d -> formats.shortWeekday(d.date())).collect(Collectors.joining("|")));
		model.addAttribute("chartHours",
				days.stream().map(d -> String.valueOf(formats.decimal(d.minutes()))).collect(Collectors.joining("|")));
		model.addAttribute("reminders", own ? timesheets.unsubmitted(m) : List.of());
		return "timesheets/week";
	}

	private static LocalDate defaultDay(WeekView w, Instant now) {
		LocalDate today = now.atZone(w.zone()).toLocalDate();
		return Weeks.monday(today).equals(w.weekStart()) ? today : w.weekStart();
	}

	static String clock(@Nullable Instant at, ZoneId zone) {
		return at == null ? "" : CLOCK.format(at.atZone(zone));
	}

}
