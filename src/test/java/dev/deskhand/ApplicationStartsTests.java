package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApplicationStartsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresql15WithEveryModuleSchemaMigrated() {
		String version = jdbc.sql("show server_version").query(String.class).single();
		assertThat(version).startsWith("15.");
		assertThat(jdbc.sql("select count(*) from pg_namespace where nspname in ('workspace','access')")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

}
