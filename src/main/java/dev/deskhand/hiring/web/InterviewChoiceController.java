package dev.deskhand.hiring.web;

import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.InterviewChoice;
import dev.deskhand.hiring.InterviewId;
import dev.deskhand.hiring.Interviews;
import dev.deskhand.hiring.interviews.InterviewTexts;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bidder's side of an interview, without an account: the link from the e-mail shows
 * the offered times in the bidder's zone and language, and one click books one. The key
 * in the link is the only authority; a wrong one is a 404.
 */
@Controller
class InterviewChoiceController {

	private final Interviews interviews;

	private final InterviewTexts texts;

	InterviewChoiceController(Interviews interviews, InterviewTexts texts) {
		this.interviews = interviews;
		this.texts = texts;
	}

	@GetMapping("/bids/{bid}/interviews/{interview}")
	String page(@PathVariable String bid, @PathVariable String interview, @RequestParam(defaultValue = "") String key,
			Model model) {
		return show(interviews.choice(bidId(bid), interviewId(interview), key), key, null, model);
	}

	@PostMapping("/bids/{bid}/interviews/{interview}")
	String book(@PathVariable String bid, @PathVariable String interview, @RequestParam(defaultValue = "") String key,
			@RequestParam(defaultValue = "") String slot, Model model) {
		BidId b = bidId(bid);
		InterviewId i = interviewId(interview);
		try {
			return show(interviews.book(b, i, key, UUID.fromString(slot)), key, null, model);
		}
		catch (InvalidInputException e) {
			return show(interviews.choice(b, i, key), key, e.text(), model);
		}
		catch (IllegalArgumentException e) {
			return show(interviews.choice(b, i, key), key, Text.of("hiring.interview.error.notOffered"), model);
		}
	}

	/** The booked interview for the bidder's calendar. */
	@GetMapping("/bids/{bid}/interviews/{interview}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String bid, @PathVariable String interview,
			@RequestParam(defaultValue = "") String key) {
		return InterviewPageController.ics(interviews.bidderCalendar(bidId(bid), interviewId(interview), key));
	}

	private String show(InterviewChoice c, String key, @Nullable Text error, Model model) {
		Locale locale = Locale.forLanguageTag(c.language());
		Map<UUID, String> times = new LinkedHashMap<>();
		c.slots().forEach(s -> times.put(s.id(), texts.time(s.startsAt(), c.bidderZone(), locale)));
		model.addAttribute("choice", c);
		model.addAttribute("key", key);
		model.addAttribute("times", times);
		model.addAttribute("zoneName", c.bidderZone().getDisplayName(TextStyle.FULL, locale));
		model.addAttribute("bookedTime", c.booked() == null ? null : texts.time(c.booked(), c.bidderZone(), locale));
		model.addAttribute("error", error);
		return "hiring/interview-choice";
	}

	private static BidId bidId(String text) {
		try {
			return BidId.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException(Text.of("hiring.interview.error.link"));
		}
	}

	static InterviewId interviewId(String text) {
		try {
			return new InterviewId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException(Text.of("hiring.interview.error.link"));
		}
	}

}
