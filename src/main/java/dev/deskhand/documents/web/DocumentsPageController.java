package dev.deskhand.documents.web;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents page: upload, list, download through a fresh signed link, delete. */
@Controller
class DocumentsPageController {

	private final AccessPolicy policy;

	private final DocumentStore documents;

	private final WorkspaceManagement workspaces;

	DocumentsPageController(AccessPolicy policy, DocumentStore documents, WorkspaceManagement workspaces) {
		this.policy = policy;
		this.documents = documents;
		this.workspaces = workspaces;
	}

	@GetMapping("/w/{slug}/documents")
	String list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
		Membership m = policy.require(slug, Permission.DOCUMENTS_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("documents", documents.list(m, PageRequest.of(page, 50)));
		Map<String, String> names = workspaces.members(m.workspace().id())
			.stream()
			.collect(Collectors.toMap(x -> x.id().toString(), MemberView::displayName));
		model.addAttribute("names", names);
		return "documents/list";
	}

	@PostMapping("/w/{slug}/documents")
	String upload(@PathVariable String slug, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String scope, RedirectAttributes flash) throws IOException {
		Membership m = policy.require(slug, Permission.DOCUMENTS_UPLOAD);
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("/file", Text.of("input.chooseFile"));
			}
			var stored = documents.store(m, file.getOriginalFilename(), file.getInputStream(),
					scope.isBlank() ? null : ScopeRef.parse(scope));
			flash.addFlashAttribute("ok", "documents.stored");
			flash.addFlashAttribute("result", stored.name());
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/documents";
	}

	/** A click on "download" makes a short-lived signed link and follows it. */
	@PostMapping("/w/{slug}/documents/{id}/download")
	String download(@PathVariable String slug, @PathVariable UUID id) {
		Membership m = policy.require(slug, Permission.DOCUMENTS_VIEW);
		return "redirect:" + documents.issueLink(m, new DocumentId(id), null).url();
	}

	@PostMapping("/w/{slug}/documents/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.DOCUMENTS_DELETE);
		documents.delete(m, new DocumentId(id));
		flash.addFlashAttribute("ok", "documents.deleted");
		return "redirect:/w/" + slug + "/documents";
	}

}
