package dev.deskhand.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WorkspaceRepository extends ListCrudRepository<Workspace, UUID> {

	// Written out: a derived query builds its SQL on every call
	@Query("select * from workspace.workspace where slug = :slug")
	Optional<Workspace> findBySlug(String slug);

}
