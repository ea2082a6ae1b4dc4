package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The move from one item number sequence to a counter per workspace, run on a database
 * that holds items from before it: they keep their numbers, and each workspace counts on
 * from its own highest.
 */
@IntegrationTest
class ItemNumberMigrationTests {

	@Autowired
	DataSource app;

	@Value("${spring.flyway.locations}")
	String[] locations;

	@Test
	void existingItemsKeepTheirNumbersAndEachWorkspaceCountsOnFromItsHighest() throws Exception {
		String name = "migration_" + System.nanoTime();
		JdbcClient.create(app).sql("create database " + name).update();
		try {
			migrateInterleavedItems(name);
		}
		finally {
			// not left behind on a shared server (CI's)
			JdbcClient.create(app).sql("drop database if exists " + name + " with (force)").update();
		}
	}

	private void migrateInterleavedItems(String name) throws Exception {
		String url;
		try (var c = app.getConnection()) {
			url = c.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		}
		// the application's own credentials (the embedded server takes only its password)
		var hikari = app.unwrap(com.zaxxer.hikari.HikariDataSource.class);
		var db = new SimpleDriverDataSource(new org.postgresql.Driver(), url, hikari.getUsername(),
				hikari.getPassword());
		Flyway.configure().dataSource(db).locations(locations).target("2.7").load().migrate();
		JdbcClient sql = JdbcClient.create(db);
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		// the old sequence interleaves the workspaces: a gets 1, 3, 4 and b gets 2
		insert(sql, a, "A1");
		insert(sql, b, "B1");
		insert(sql, a, "A2");
		insert(sql, a, "A3");

		Flyway.configure().dataSource(db).locations(locations).load().migrate();

		assertThat(sql.sql("select number from work.item where workspace_id = ? order by number")
			.params(a)
			.query(Long.class)
			.list()).containsExactly(1L, 3L, 4L);
		assertThat(next(sql, a)).isEqualTo(5);
		assertThat(next(sql, b)).isEqualTo(3);
		assertThat(next(sql, UUID.randomUUID())).as("a workspace without items starts at 1").isEqualTo(1);
	}

	private static void insert(JdbcClient sql, UUID workspace, String title) {
		Timestamp now = Timestamp.from(Instant.now());
		sql.sql("""
				insert into work.item (id, workspace_id, type, title, status, priority, source, created_at, updated_at,
				    last_activity_at) values (?, ?, 'travel', ?, 'NEW', 'NORMAL', 'MANUAL', ?, ?, ?)""")
			.params(UUID.randomUUID(), workspace, title, now, now, now)
			.update();
	}

	/** What the application does to number a new item. */
	private static long next(JdbcClient sql, UUID workspace) {
		return sql.sql("""
				insert into work.item_counter (workspace_id, next_number) values (?, 2)
				on conflict (workspace_id) do update set next_number = work.item_counter.next_number + 1
				returning next_number - 1""").params(workspace).query(Long.class).single();
	}

}
