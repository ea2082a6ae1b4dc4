package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.JobPostId;
import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.JobPosts;
import dev.deskhand.hiring.posts.PostChecks;
import dev.deskhand.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The hiring pages of a workspace: the posts with their bids counted per stage, the post
 * form (new and edit), the post's page (its terms, the public page's address, the text to
 * paste on freelance platforms, open and close) and that text alone. A refused form is
 * shown again with the reason; nothing typed is lost.
 */
@Controller
class JobPostPages {

	private final AccessPolicy policy;

	private final JobPosts posts;

	private final JobPostFormats fmt;

	JobPostPages(AccessPolicy policy, JobPosts posts, JobPostFormats fmt) {
		this.policy = policy;
		this.posts = posts;
		this.fmt = fmt;
	}

	@GetMapping("/w/{slug}/hiring")
	String list(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		page(model, m);
		model.addAttribute("posts", posts.posts(m));
		return "hiring/posts";
	}

	@GetMapping("/w/{slug}/hiring/posts/new")
	String newForm(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		String lang = PostChecks.POST_LANGUAGES.contains(m.workspace().defaultLanguage())
				? m.workspace().defaultLanguage() : "en";
		return form(model, m, null, JobPostForm.blank(lang, LocalDate.now(m.workspace().timeZone())), null);
	}

	@PostMapping("/w/{slug}/hiring/posts")
	String create(@PathVariable String slug, @ModelAttribute JobPostForm form, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		try {
			JobPostView p = posts.create(m, form.toNew());
			return "redirect:/w/" + slug + "/hiring/posts/" + p.id();
		}
		catch (InvalidInputException e) {
			return form(model, m, null, form, e);
		}
	}

	@GetMapping("/w/{slug}/hiring/posts/{id}")
	String post(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		JobPostView p = posts.post(m, new JobPostId(id));
		page(model, m);
		model.addAttribute("p", p);
		model.addAttribute("tasks", posts.tasks(m, p.id()));
		model.addAttribute("publicUrl", publicUrl(p));
		model.addAttribute("text", text(m, p));
		return "hiring/posts-detail";
	}

	@GetMapping(path = "/w/{slug}/hiring/posts/{id}/text", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> asText(@PathVariable String slug, @PathVariable UUID id) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		JobPostView p = posts.post(m, new JobPostId(id));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(text(m, p));
	}

	@GetMapping("/w/{slug}/hiring/posts/{id}/edit")
	String editForm(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		JobPostView p = posts.post(m, new JobPostId(id));
		return form(model, m, p, JobPostForm.of(p), null);
	}

	@PostMapping("/w/{slug}/hiring/posts/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, @ModelAttribute JobPostForm form, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		JobPostView p = posts.post(m, new JobPostId(id));
		try {
			posts.update(m, p.id(), form.toNew());
			return "redirect:/w/" + slug + "/hiring/posts/" + id;
		}
		catch (InvalidInputException e) {
			return form(model, m, p, form, e);
		}
	}

	@PostMapping("/w/{slug}/hiring/posts/{id}/open")
	String open(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		return act(flash, slug, id, "hiring.post.opened", () -> posts.open(m, new JobPostId(id)));
	}

	@PostMapping("/w/{slug}/hiring/posts/{id}/close")
	String close(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		return act(flash, slug, id, "hiring.post.closed", () -> posts.close(m, new JobPostId(id)));
	}

	private String text(Membership m, JobPostView p) {
		return fmt.text(p, posts.tasks(m, p.id()), m.workspace().name(), m.workspace().timeZone(), publicUrl(p));
	}

	static String publicUrl(JobPostView p) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/jobs/" + p.publicKey()).toUriString();
	}

	private String act(RedirectAttributes flash, String slug, UUID id, String ok, Supplier<?> action) {
		try {
			action.get();
			flash.addFlashAttribute("ok", ok);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/hiring/posts/" + id;
	}

	private String form(Model model, Membership m, @Nullable JobPostView p, JobPostForm form,
			@Nullable InvalidInputException error) {
		page(model, m);
		model.addAttribute("p", p);
		model.addAttribute("form", form);
		model.addAttribute("error", error == null ? null : error.text());
		model.addAttribute("errorField", error == null ? null : error.field());
		model.addAttribute("choices", posts.workTypes(m));
		model.addAttribute("postLanguages", PostChecks.POST_LANGUAGES);
		model.addAttribute("languageCodes", PostChecks.LANGUAGES);
		return "hiring/posts-form";
	}

	static void page(Model model, Membership m) {
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("canManage", m.can(Permission.HIRING_MANAGE));
	}

}
