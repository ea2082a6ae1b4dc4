package dev.deskhand.parties.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.ImportRefused;
import dev.deskhand.parties.ImportResult;
import dev.deskhand.parties.NewContact;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parties pages: the list with a kind filter and type-ahead, the create and edit
 * forms, contacts, delete (after a confirmation) and the CSV upload. The party page
 * itself, which also shows the party's work, is the work module's. Bad input shows the
 * form again with the reason in the reader's language; nothing typed is lost.
 */
@Controller
class PartiesPageController {

	private final AccessPolicy policy;

	private final PartyManagement parties;

	private final MessageSource messages;

	PartiesPageController(AccessPolicy policy, PartyManagement parties, MessageSource messages) {
		this.policy = policy;
		this.parties = parties;
		this.messages = messages;
	}

	/** What the create and edit forms post. */
	record PartyForm(@Nullable PartyKind kind, @Nullable String name, @Nullable String language,
			@Nullable String domains, @Nullable String accountRefs, @Nullable String notes, @Nullable UUID slaPolicy) {

		NewParty toNew() {
			return new NewParty(kind, name == null ? "" : name, language, words(accountRefs), notes, slaPolicy,
					words(domains));
		}

		static PartyForm of(PartyView p) {
			return new PartyForm(p.kind(), p.name(), p.language(), String.join(" ", p.domains()),
					String.join(" ", p.accountRefs()), p.notes(), p.slaPolicy());
		}

		private static List<String> words(@Nullable String s) {
			return s == null ? List.of() : Arrays.stream(s.split("[\\s,;]+")).filter(w -> !w.isBlank()).toList();
		}
	}

	@GetMapping("/w/{slug}/parties")
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable PartyKind kind,
			@RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		page(model, m);
		model.addAttribute("parties", parties.list(m, kind, q, PartyManagement.MAX_LIST));
		model.addAttribute("kind", kind);
		model.addAttribute("q", q == null ? "" : q);
		return htmx != null ? "parties/list :: rows" : "parties/list";
	}

	@GetMapping("/w/{slug}/parties/new")
	String newForm(@PathVariable String slug, @RequestParam(required = false) @Nullable PartyKind kind, Model model) {
		Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
		return form(model, m, null, new PartyForm(kind == null ? PartyKind.CUSTOMER : kind, "",
				m.workspace().defaultLanguage(), "", "", "", null));
	}

	@PostMapping("/w/{slug}/parties")
	String create(@PathVariable String slug, @ModelAttribute PartyForm form, Model model) {
		Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
		try {
			PartyView p = parties.create(m, form.toNew());
			return "redirect:/w/" + slug + "/parties/" + p.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", text(e));
			return form(model, m, null, form);
		}
	}

	@GetMapping("/w/{slug}/parties/{id}/edit")
	String editForm(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
		PartyView p = parties.party(m, new PartyId(id));
		return form(model, m, p, PartyForm.of(p));
	}

	@PostMapping("/w/{slug}/parties/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, @ModelAttribute PartyForm form, Model model,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
		try {
			parties.update(m, new PartyId(id), form.toNew());
			flash.addFlashAttribute("ok", "item.saved");
			return "redirect:/w/" + slug + "/parties/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", text(e));
			return form(model, m, parties.party(m, new PartyId(id)), form);
		}
	}

	@PostMapping("/w/{slug}/parties/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		parties.delete(policy.require(slug, Permission.PARTIES_MANAGE), new PartyId(id));
		flash.addFlashAttribute("ok", "parties.deleted");
		return "redirect:/w/" + slug + "/parties";
	}

	@PostMapping("/w/{slug}/parties/{id}/contacts")
	String addContact(@PathVariable String slug, @PathVariable UUID id, @ModelAttribute NewContact contact,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
		return act(flash, "/w/" + slug + "/parties/" + id, () -> parties.addContact(m, new PartyId(id), contact));
	}

	@PostMapping("/w/{slug}/parties/{id}/contacts/{contact}")
	String updateContact(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID contact,
			@ModelAttribute NewContact values, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
		return act(flash, "/w/" + slug + "/parties/" + id,
				() -> parties.updateContact(m, new PartyId(id), contact, values));
	}

	@PostMapping("/w/{slug}/parties/{id}/contacts/{contact}/delete")
	String removeContact(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID contact,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
		return act(flash, "/w/" + slug + "/parties/" + id, () -> {
			parties.removeContact(m, new PartyId(id), contact);
			return null;
		});
	}

	@PostMapping("/w/{slug}/parties/import")
	String importCsv(@PathVariable String slug, @RequestParam(required = false) @Nullable MultipartFile file,
			RedirectAttributes flash) throws IOException {
		Membership m = policy.require(slug, Permission.PARTIES_MANAGE);
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		try {
			ImportResult r = parties.importCsv(m, bytes);
			flash.addFlashAttribute("imported", r);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", text(e));
		}
		return "redirect:/w/" + slug + "/parties";
	}

	private String act(RedirectAttributes flash, String back, Supplier<?> action) {
		try {
			action.get();
			flash.addFlashAttribute("ok", "item.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", text(e));
		}
		return "redirect:" + back;
	}

	private String form(Model model, Membership m, @Nullable PartyView party, PartyForm form) {
		page(model, m);
		model.addAttribute("party", party);
		model.addAttribute("form", form);
		model.addAttribute("slaPolicies", parties.slaPolicyChoices(m));
		return "parties/form";
	}

	private static void page(Model model, Membership m) {
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("canManage", m.can(Permission.PARTIES_MANAGE));
	}

	/** The reason in the reader's language; an import's with its line. */
	private String text(InvalidInputException e) {
		var locale = LocaleContextHolder.getLocale();
		String reason = messages.getMessage(e, locale);
		if (e instanceof ImportRefused r) {
			return messages.getMessage("parties.import.line", new Object[] { r.line(), reason }, reason, locale);
		}
		return reason;
	}

}
