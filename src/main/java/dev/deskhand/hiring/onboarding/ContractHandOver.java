package dev.deskhand.hiring.onboarding;

import dev.deskhand.billing.BillingPeriod;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewRate;
import dev.deskhand.hiring.HireId;
import dev.deskhand.hiring.posts.Posts;
import dev.deskhand.hiring.HireStatus;
import dev.deskhand.hiring.HireView;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a hire over to billing: the engagement contract on the bid's terms (kind and
 * currency of the post, the bid's rate), from today until the trial's last day — billing
 * then keeps the assistant's grant ending with the trial when the contract activates —
 * with the clauses NDA, IP assignment and audit rights to accept. Billing needs the
 * assistant's issuer profile, which a newly invited assistant makes during onboarding;
 * billing publishes no event for it, so the hand-over is tried when the person joins and
 * again on each load of their onboarding page (and of the manager's view of it). Each try
 * runs in a transaction of its own, so a refusal leaves the caller's work intact.
 */
@Component
public class ContractHandOver {

	private static final Logger log = LoggerFactory.getLogger(ContractHandOver.class);

	/** Clauses every hired assistant's contract asks them to accept. */
	static final List<ClauseKind> CLAUSES = List.of(ClauseKind.NDA, ClauseKind.IP_ASSIGNMENT, ClauseKind.AUDIT_RIGHTS);

	private final HireStore store;

	private final Posts posts;

	private final ContractManagement contracts;

	private final WorkspaceManagement workspaces;

	private final TransactionTemplate own;

	private final Clock clock;

	ContractHandOver(HireStore store, Posts posts, ContractManagement contracts, WorkspaceManagement workspaces,
			PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.posts = posts;
		this.contracts = contracts;
		this.workspaces = workspaces;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Creates the hire's contract when it has none yet and can have one (the person
	 * joined and has an issuer profile, the hire is not ended).
	 * @return the contract, made now or before, if there is one
	 */
	public Optional<ContractView> tryCreate(HireId id, MemberView member) {
		try {
			return own.execute(s -> create(id, member));
		}
		catch (RuntimeException e) {
			log.info("event=hire_contract_skipped hire={} reason={}", id, e.getMessage());
			return Optional.empty();
		}
	}

	private Optional<ContractView> create(HireId id, MemberView member) {
		HireView h = store.find(id).orElseThrow();
		if (h.contract() != null) {
			return contracts.findContract(h.contract());
		}
		if (h.status() == HireStatus.ENDED || member.person() == null) {
			return Optional.empty();
		}
		Optional<IssuerProfileView> issuer = contracts.issuerProfiles(member.person())
			.stream()
			.max(Comparator.comparing(IssuerProfileView::updatedAt));
		if (issuer.isEmpty()) {
			return Optional.empty();
		}
		WorkspaceView ws = workspaces.findWorkspace(h.workspace()).orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(ws.timeZone()));
		if (h.trialEndsOn() != null && h.trialEndsOn().isBefore(today)) {
			return Optional.empty();
		}
		var post = posts.find(h.post()).orElseThrow();
		BigDecimal retainerHours = h.contractKind() == ContractKind.RETAINER
				? BigDecimal.valueOf(post.hoursPerWeek() == null ? 40 : post.hoursPerWeek() * 4L) : null;
		ContractView c = contracts.createFor(h.workspace(), h.hiredBy(),
				new NewContract(member.id().value(), issuer.get().id(), h.contractKind(), h.currency(),
						BillingPeriod.MONTHLY, today, h.trialEndsOn(), h.trialEndsOn(), post.trialTargets(),
						retainerHours, post.title(), null, null, rates(h, post.workTypes(), today, retainerHours),
						CLAUSES));
		store.contract(h.id(), c.id());
		return Optional.of(c);
	}

	/**
	 * The bid's rate as the contract's first rates: by the hour; per task for each of the
	 * post's work types (e-mail when it names none); or as the retainer's fee per month,
	 * hours beyond it at the fee divided by the hours.
	 */
	private static List<NewRate> rates(HireView h, List<String> workTypes, LocalDate from, BigDecimal retainerHours) {
		return switch (h.contractKind()) {
			case HOURLY -> List.of(new NewRate(RateKind.HOURLY, null, from, h.rate()));
			case PER_TASK -> (workTypes.isEmpty() ? List.of("email") : workTypes).stream()
				.map(t -> new NewRate(RateKind.TASK, t, from, h.rate()))
				.toList();
			case RETAINER -> List.of(new NewRate(RateKind.RETAINER, null, from, h.rate()),
					new NewRate(RateKind.OVERAGE, null, from, h.rate().divide(retainerHours, 2, RoundingMode.HALF_UP)));
		};
	}

}
