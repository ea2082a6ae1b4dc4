package dev.deskhand.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MemberRepository extends ListCrudRepository<Member, UUID> {

	List<Member> findByPersonId(UUID personId);

	Optional<Member> findByWorkspaceIdAndPersonId(UUID workspaceId, UUID personId);

	List<Member> findByWorkspaceIdOrderByDisplayName(UUID workspaceId);

}
