package dev.deskhand.hiring.web;

import dev.deskhand.hiring.BidReceipt;
import dev.deskhand.hiring.BidThrottled;
import dev.deskhand.hiring.Bids;
import dev.deskhand.hiring.JobPosts;
import dev.deskhand.hiring.NewBid;
import dev.deskhand.hiring.PublicJobPost;
import dev.deskhand.hiring.SampleFile;
import dev.deskhand.hiring.bids.BidWork;
import dev.deskhand.hiring.posts.PostChecks;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A job post's public page ({@code /jobs/{key}}, no sign-in) in the post's language,
 * whatever the visitor's, and its bid form. A refused bid shows the form again with the
 * reason (400); a throttled one says to try later (429). A received bid goes on to its
 * own page, whose link is also mailed.
 */
@Controller
class PublicJobPages {

	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(z -> z.matches("^(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+$"))
		.sorted()
		.toList();

	private final JobPosts posts;

	private final Bids bids;

	private final MessageSource messages;

	PublicJobPages(JobPosts posts, Bids bids, MessageSource messages) {
		this.posts = posts;
		this.bids = bids;
		this.messages = messages;
	}

	@GetMapping("/jobs/{key}")
	String page(@PathVariable String key, Model model) {
		PublicJobPost pub = published(key);
		return page(model, pub, BidForm.blank(pub.post().languages()), null, null);
	}

	@PostMapping("/jobs/{key}/bids")
	String bid(@PathVariable String key, @ModelAttribute BidForm form,
			@RequestParam(name = "samples", required = false) @Nullable List<MultipartFile> samples,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PublicJobPost pub = published(key);
		try {
			NewBid n = form.toNew();
			BidReceipt r = bids.submit(key, n, files(samples), request.getRemoteAddr());
			return "redirect:" + BidWork.link(r.bid().id(), r.key()) + "&received=1";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			return page(model, pub, form, e.text(), e.field());
		}
		catch (BidThrottled e) {
			response.setStatus(429);
			return page(model, pub, form, e.text(), null);
		}
	}

	private static List<SampleFile> files(@Nullable List<MultipartFile> samples) {
		List<SampleFile> out = new ArrayList<>();
		if (samples == null) {
			return out;
		}
		for (MultipartFile f : samples) {
			if (f.isEmpty()) {
				continue;
			}
			if (f.getSize() > BidWork.MAX_SAMPLE_BYTES) {
				// read no further than the limit: the facade refuses it by its size
				try (InputStream in = f.getInputStream()) {
					out.add(new SampleFile(f.getOriginalFilename(), in.readNBytes(BidWork.MAX_SAMPLE_BYTES + 1)));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				continue;
			}
			try {
				out.add(new SampleFile(f.getOriginalFilename(), f.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return out;
	}

	private PublicJobPost published(String key) {
		return posts.published(key).orElseThrow(() -> new NotFoundException(Text.of("hiring.post.notFound")));
	}

	private String page(Model model, PublicJobPost pub, BidForm form, @Nullable Text error, @Nullable String field) {
		String lang = pub.post().language();
		model.addAttribute("pub", pub);
		model.addAttribute("p", pub.post());
		model.addAttribute("lang", lang);
		model.addAttribute("form", form);
		model.addAttribute("error",
				error == null ? null : messages.getMessage(error, java.util.Locale.forLanguageTag(lang)));
		model.addAttribute("errorField", field);
		model.addAttribute("zones", ZONES);
		model.addAttribute("languageCodes", PostChecks.LANGUAGES);
		return "hiring/public";
	}

}
