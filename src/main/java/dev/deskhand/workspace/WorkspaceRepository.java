package dev.deskhand.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WorkspaceRepository extends ListCrudRepository<Workspace, UUID> {

	Optional<Workspace> findBySlug(String slug);

}
