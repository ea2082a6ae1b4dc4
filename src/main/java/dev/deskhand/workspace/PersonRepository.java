package dev.deskhand.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

	@Query("select * from workspace.person where lower(email) = lower(:email)")
	Optional<Person> findByEmail(String email);

}
