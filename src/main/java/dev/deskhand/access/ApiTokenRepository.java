package dev.deskhand.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

	// Written out: a derived query builds its SQL on every call, and this one runs on
	// every API request
	@Query("select * from access.api_token where token_hash = :tokenHash")
	Optional<ApiToken> findByTokenHash(String tokenHash);

	@Query("select * from access.api_token where member_id = :memberId and revoked_at is null")
	Optional<ApiToken> findLive(UUID memberId);

	List<ApiToken> findByWorkspaceIdOrderByCreatedAtDesc(UUID workspaceId);

}
