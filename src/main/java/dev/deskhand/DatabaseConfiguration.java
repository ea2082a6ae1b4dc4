package dev.deskhand;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: the external server when one is configured, else the
 * embedded PostgreSQL. When another Deskhand process (the web server) already runs the
 * embedded server on the same data folder, this process connects to it instead of
 * starting a second one on the same files.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	private static final String DATABASE = "deskhand";

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedServer embedded) {
		HikariDataSource ds = new HikariDataSource();
		ds.setPoolName("deskhand");
		ds.setMaximumPoolSize(properties.poolSize());
		// no JIT compiling of queries: Deskhand's statements are short, and a server with
		// JIT on compiles any whose estimate passes jit_above_cost, about a second of
		// LLVM each time (the exception rules' statement after each import batch, when
		// it was planned generically)
		ds.addDataSourceProperty("options", "-c jit=off");
		if (properties.external()) {
			ds.setJdbcUrl(properties.url());
			ds.setUsername(properties.username());
			ds.setPassword(properties.password());
		}
		else {
			int port = embedded.port();
			ensureDatabase(port, embedded.password());
			ds.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE);
			ds.setUsername("postgres");
			ds.setPassword(embedded.password());
		}
		return ds;
	}

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(DatabaseProperties properties) {
		if (properties.external()) {
			return EmbeddedServer.none();
		}
		String password = properties.embeddedPassword() == null || properties.embeddedPassword().isBlank()
				? LocalSecrets.randomPassword() : properties.embeddedPassword();
		return EmbeddedServer.startOrJoin(properties.dataDir().resolve("pg"), properties.embeddedPort(),
				properties.cleanEmbedded(), password);
	}

	/** Tests reuse one external server across runs: start each run from empty schemas. */
	@Bean
	FlywayMigrationStrategy migrationStrategy(DatabaseProperties properties, DataSource dataSource) {
		return flyway -> {
			if (properties.resetSchemas()) {
				dropAllSchemas(dataSource);
			}
			flyway.migrate();
		};
	}

	private static void dropAllSchemas(DataSource dataSource) {
		try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
			List<String> schemas = new java.util.ArrayList<>();
			try (var rs = st.executeQuery("select nspname from pg_namespace where nspname not like 'pg\\_%' "
					+ "and nspname <> 'information_schema'")) {
				while (rs.next()) {
					schemas.add(rs.getString(1));
				}
			}
			for (String schema : schemas) {
				st.execute("drop schema \"" + schema.replace("\"", "\"\"") + "\" cascade");
			}
			st.execute("create schema public");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not reset the test database", e);
		}
	}

	private static void ensureDatabase(int port, String password) {
		try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
				"postgres", password); var st = c.createStatement()) {
			try (var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			st.execute("create database " + DATABASE);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not prepare the embedded database on port " + port, e);
		}
	}

	/** The embedded server this process started, one it joined, or none. */
	static final class EmbeddedServer implements AutoCloseable {

		private final @Nullable EmbeddedPostgres started;

		private final int port;

		private final String password;

		private EmbeddedServer(@Nullable EmbeddedPostgres started, int port, String password) {
			this.started = started;
			this.port = port;
			this.password = password;
		}

		static EmbeddedServer none() {
			return new EmbeddedServer(null, -1, "");
		}

		/**
		 * Joins the server running on {@code dir}, or starts one that accepts only
		 * {@code password} (see {@link EmbeddedAccess}) and keeps every acknowledged
		 * commit: the library's defaults ({@code synchronous_commit=off}, and
		 * {@code fsync} off through its {@code -F}) would lose the last ones when
		 * PostgreSQL is killed.
		 */
		static EmbeddedServer startOrJoin(Path dir, int port, boolean clean, String password) {
			if (!clean) {
				Optional<Integer> running = runningPort(dir);
				if (running.isPresent()) {
					log.info("Joining the embedded PostgreSQL already running on {} (port {})", dir, running.get());
					return new EmbeddedServer(null, running.get(), password);
				}
			}
			try {
				Files.createDirectories(dir.getParent());
				// unpacked beside the data, not in /tmp (which may be cleaned under a
				// running server), and known to set the password before the start
				Path binaries = EmbeddedAccess.binariesFolder(dir.getParent().resolve("pg-binaries"));
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(clean)
					.setOverrideWorkingDirectory(binaries.toFile())
					.setDataDirectoryCustomizer(data -> EmbeddedAccess.secure(data, binaries, password))
					.setConnectConfig("password", password)
					// Spring's context stops the server after everything that uses it;
					// zonky's own shutdown hook would stop it first, while beans still
					// talk to it on the way down
					.setRegisterShutdownHook(false)
					.setServerConfig("max_connections", "100")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("fsync", "on")
					.setServerConfig("full_page_writes", "on")
					.setServerConfig("listen_addresses", "localhost")
					.setServerConfig("unix_socket_directories", "''");
				if (port > 0) {
					builder.setPort(port);
				}
				EmbeddedPostgres pg = builder.start();
				log.info("Embedded PostgreSQL 15 started on port {} with data in {}", pg.getPort(), dir);
				return new EmbeddedServer(pg, pg.getPort(), password);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
			}
		}

		/**
		 * PostgreSQL's postmaster.pid names the live server's pid (line 1) and port (line
		 * 4).
		 */
		private static Optional<Integer> runningPort(Path dir) {
			Path pidFile = dir.resolve("postmaster.pid");
			try {
				if (!Files.isReadable(pidFile)) {
					return Optional.empty();
				}
				List<String> lines = Files.readAllLines(pidFile);
				long pid = Long.parseLong(lines.get(0).trim());
				boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
				return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
			}
			catch (IOException | RuntimeException e) {
				return Optional.empty();
			}
		}

		int port() {
			return port;
		}

		String password() {
			return password;
		}

		@Override
		public void close() throws IOException {
			if (started != null) {
				started.close();
			}
		}

	}

}
