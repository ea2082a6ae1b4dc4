package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as Deskhand runs it, on a data folder of an earlier version
 * (made by the library with its defaults: {@code trust} for everyone): after Deskhand's
 * start it takes only the password, and keeps every acknowledged commit.
 */
class EmbeddedDatabaseTests {

	@Test
	void anEarlierTrustingFolderTakesOnlyThePasswordAndCommitsDurably(@TempDir Path data) throws Exception {
		Path dir = data.resolve("pg");
		int oldPort;
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setOverrideWorkingDirectory(data.resolve("pg-binaries").toFile())
			.setRegisterShutdownHook(false)
			.start()) {
			oldPort = earlier.getPort();
			try (Connection c = connect(oldPort, null)) {
				assertThat(show(c, "synchronous_commit")).as("the library's default").isEqualTo("off");
			}
		}

		try (var server = DatabaseConfiguration.EmbeddedServer.startOrJoin(dir, 0, false, "the-right-one")) {
			try (Connection c = connect(server.port(), "the-right-one")) {
				assertThat(show(c, "synchronous_commit")).isEqualTo("on");
				assertThat(show(c, "fsync")).isEqualTo("on");
				assertThat(show(c, "full_page_writes")).isEqualTo("on");
				assertThat(show(c, "unix_socket_directories")).isEmpty();
			}
			assertThatThrownBy(() -> connect(server.port(), null)).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> connect(server.port(), "a-wrong-one")).isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContain(" trust");
		}
	}

	private static Connection connect(int port, String password) throws SQLException {
		Properties p = new Properties();
		p.setProperty("user", "postgres");
		if (password != null) {
			p.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
	}

	private static String show(Connection c, String setting) throws SQLException {
		try (var st = c.createStatement(); var rs = st.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
