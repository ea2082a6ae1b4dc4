package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.InterviewView;
import dev.deskhand.hiring.Interviews;
import dev.deskhand.hiring.NewInterview;
import dev.deskhand.hiring.interviews.InterviewTexts;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A manager proposes interview times to a bidder: the times inside both working weeks are
 * offered as choices, in the manager's zone; the page shows the bid's interviews and
 * which time the bidder chose.
 */
@Controller
class InterviewPageController {

	private final AccessPolicy policy;

	private final Interviews interviews;

	private final InterviewTexts texts;

	InterviewPageController(AccessPolicy policy, Interviews interviews, InterviewTexts texts) {
		this.policy = policy;
		this.interviews = interviews;
		this.texts = texts;
	}

	@GetMapping("/w/{slug}/hiring/bids/{bid}/interview")
	String page(@PathVariable String slug, @PathVariable String bid, @RequestParam(defaultValue = "30") int minutes,
			Model model) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		BidId id = bidId(bid);
		List<InterviewView> list = interviews.of(m, id);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("bid", id);
		model.addAttribute("interviews", list);
		model.addAttribute("minutes", minutes);
		model.addAttribute("canPropose", m.can(Permission.HIRING_MANAGE));
		Map<String, String> when = new LinkedHashMap<>();
		if (m.can(Permission.HIRING_MANAGE)) {
			for (Instant s : interviews.suggestions(m, id, minutes)) {
				when.put(s.toString(), texts.localTime(s, m.member().timeZone(), LocaleContextHolder.getLocale()));
			}
		}
		model.addAttribute("suggestions", when);
		model.addAttribute("bidderZone",
				interviews.bidderZone(m, id)
					.map(z -> z.getDisplayName(java.time.format.TextStyle.FULL, LocaleContextHolder.getLocale()))
					.orElse(null));
		Map<UUID, String> slots = new LinkedHashMap<>();
		list.forEach(i -> i.slots()
			.forEach(s -> slots.put(s.id(),
					texts.localTime(s.startsAt(), m.member().timeZone(), LocaleContextHolder.getLocale()))));
		model.addAttribute("slotTimes", slots);
		return "hiring/interview";
	}

	@PostMapping("/w/{slug}/hiring/bids/{bid}/interview")
	String propose(@PathVariable String slug, @PathVariable String bid, @RequestParam(required = false) Integer minutes,
			@RequestParam(required = false) @Nullable String videoLink,
			@RequestParam(name = "slot", required = false) @Nullable List<String> slot, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		BidId id = bidId(bid);
		List<Instant> starts = new ArrayList<>();
		for (String s : slot == null ? List.<String>of() : slot) {
			try {
				starts.add(Instant.parse(s));
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new InvalidInputException("/slots", Text.of("hiring.interview.error.notOffered"));
			}
		}
		try {
			var proposed = interviews.propose(m, id, new NewInterview(minutes, videoLink, starts),
					ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
			if (proposed.mailed()) {
				flash.addFlashAttribute("ok", "hiring.interview.sentFlash");
			}
			else {
				flash.addFlashAttribute("passOn", proposed.link());
			}
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + m.workspace().slug() + "/hiring/bids/" + id + "/interview"
				+ (minutes == null ? "" : "?minutes=" + minutes);
	}

	/** The booked interview for the caller's calendar, in their zone and language. */
	@GetMapping("/w/{slug}/hiring/interviews/{interview}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String slug, @PathVariable String interview) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		return ics(interviews.memberCalendar(m, InterviewChoiceController.interviewId(interview)));
	}

	static ResponseEntity<byte[]> ics(byte[] file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8; method=REQUEST"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"interview.ics\"")
			.body(file);
	}

	static BidId bidId(String text) {
		try {
			return BidId.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException(Text.of("hiring.bid.notFound"));
		}
	}

}
