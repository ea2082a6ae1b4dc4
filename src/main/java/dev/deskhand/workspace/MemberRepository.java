package dev.deskhand.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MemberRepository extends ListCrudRepository<Member, UUID> {

	// Written out: a derived query builds its SQL on every call
	@Query("select * from workspace.member where workspace_id = :workspaceId and person_id = :personId")
	Optional<Member> findByWorkspaceIdAndPersonId(UUID workspaceId, UUID personId);

	List<Member> findByWorkspaceIdOrderByDisplayName(UUID workspaceId);

}
