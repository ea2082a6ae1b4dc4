package dev.deskhand.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GrantRepository extends ListCrudRepository<Grant, UUID> {

	@Query("select * from access.member_grant where member_id = :memberId and revoked_at is null")
	Optional<Grant> findLive(UUID memberId);

	List<Grant> findByWorkspaceId(UUID workspaceId);

}
