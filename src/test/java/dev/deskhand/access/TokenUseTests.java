package dev.deskhand.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One API token used by many requests at once, as scripts do. */
@IntegrationTest
class TokenUseTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelRequestsWithOneTokenAllSucceedAndNoteTheUse() throws Exception {
		var ws = fixtures.workspace("parallel");
		String token = fixtures.token(ws, fixtures.agent(ws, "Busy bot"));
		for (int round = 0; round < 3; round++) {
			// as if the last use were long ago: every round races to note it
			jdbc.sql("update access.api_token set last_used_at = null where workspace_id = ?")
				.param(ws.view().id().value())
				.update();
			assertThat(sixteenAtOnce(new ApiClient(port, token))).containsOnly(200);
		}
		assertThat(jdbc.sql("select last_used_at from access.api_token where workspace_id = ? and revoked_at is null")
			.param(ws.view().id().value())
			.query(java.sql.Timestamp.class)
			.single()).isNotNull();
	}

	private List<Integer> sixteenAtOnce(ApiClient api) throws Exception {
		var start = new CountDownLatch(1);
		try (var pool = Executors.newFixedThreadPool(16)) {
			List<Callable<Integer>> calls = IntStream.range(0, 16).<Callable<Integer>>mapToObj(i -> () -> {
				start.await();
				return api.get("/api/v1/me").status();
			}).toList();
			var futures = calls.stream().map(pool::submit).toList();
			start.countDown();
			return futures.stream().map(f -> {
				try {
					return f.get();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}).toList();
		}
	}

}
