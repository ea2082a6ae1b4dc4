package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.work.SlaPolicyView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A customer's or carrier's page: its details and contacts (the parties module's
 * fragment) with its open and recent work and conversations. It lives here because work
 * is the highest module that shows both.
 */
@Controller
class PartyPageController {

	private final AccessPolicy policy;

	private final PartyManagement parties;

	private final WorkSetup setup;

	private final WorkQueue work;

	PartyPageController(AccessPolicy policy, PartyManagement parties, WorkSetup setup, WorkQueue work) {
		this.work = work;
		this.policy = policy;
		this.parties = parties;
		this.setup = setup;
	}

	@GetMapping("/w/{slug}/parties/{id}")
	String party(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		PartyView party = parties.party(m, new PartyId(id));
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("party", party);
		model.addAttribute("canManageParties", m.can(Permission.PARTIES_MANAGE));
		model.addAttribute("slaPolicyName",
				party.slaPolicy() == null ? null
						: setup.slaPolicies(m)
							.stream()
							.filter(p -> p.id().equals(party.slaPolicy()))
							.map(SlaPolicyView::name)
							.findFirst()
							.orElse(null));
		model.addAttribute("open", work.partyItems(m, party.id(), false, false, 50));
		model.addAttribute("recent", work.partyItems(m, party.id(), true, false, 20));
		model.addAttribute("conversations", work.partyItems(m, party.id(), false, true, 20));
		return "work/party";
	}

}
