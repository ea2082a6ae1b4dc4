package dev.deskhand.billing;

import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.workspace.MemberView;
import java.util.List;

/**
 * An assistant the owner may offer a contract: their issuer profiles, and whether a live
 * contract already stands in the way.
 */
public record ContractCandidate(MemberView member, List<IssuerProfileView> issuers, boolean hasLiveContract) {
}
