package dev.deskhand.hiring.web;

import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.BidView;
import dev.deskhand.hiring.Bids;
import dev.deskhand.hiring.bids.BidWork;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A bid's own page, reached only by its link ({@code /bids/{id}?key=…}, no sign-in): the
 * bidder sees their bid in its language and can withdraw it. A wrong key is the same 404
 * as an unknown bid.
 */
@Controller
class BidPages {

	private final Bids bids;

	private final MessageSource messages;

	BidPages(Bids bids, MessageSource messages) {
		this.bids = bids;
		this.messages = messages;
	}

	@GetMapping("/bids/{id}")
	String page(@PathVariable String id, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String received, Model model) {
		BidView b = bids.own(bidId(id), key);
		model.addAttribute("b", b);
		model.addAttribute("key", key);
		model.addAttribute("lang", b.language());
		model.addAttribute("received", received != null);
		model.addAttribute("pub", bids.postOf(b).orElse(null));
		return "hiring/bid";
	}

	@PostMapping("/bids/{id}/withdraw")
	String withdraw(@PathVariable String id, @RequestParam(required = false) @Nullable String key,
			RedirectAttributes flash) {
		BidView b = bids.own(bidId(id), key);
		try {
			bids.withdraw(b.id(), key);
			flash.addFlashAttribute("ok", "hiring.bid.withdrawn");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", messages.getMessage(e.text(), Locale.forLanguageTag(b.language())));
		}
		return "redirect:" + BidWork.link(b.id(), key == null ? "" : key);
	}

	static BidId bidId(String id) {
		try {
			return new BidId(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException(Text.of("hiring.bid.notFound"));
		}
	}

}
