package dev.deskhand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances starting on one empty database load the demo once: the second waits for
 * the first and skips, instead of failing on a duplicate key.
 */
@IntegrationTest
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	dev.deskhand.parties.PartyManagement parties;

	@Test
	void twoConcurrentLoadsLoadOnceAndTheOtherSkips() throws Exception {
		// the shared test database is not empty: "empty" here means "no demo workspace
		// yet"
		// another demo test of this run may have loaded it already: then neither loads
		boolean loadedBefore = workspaces.findWorkspace("nordhavn").isPresent();
		CyclicBarrier together = new CyclicBarrier(2);
		try (var threads = Executors.newFixedThreadPool(2)) {
			List<CompletableFuture<Boolean>> loads = List.of(
					CompletableFuture.supplyAsync(() -> load(together), threads),
					CompletableFuture.supplyAsync(() -> load(together), threads));
			assertThat(loads.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(!loadedBefore, false);
		}
		assertThat(workspaces.findWorkspace("nordhavn")).isPresent();
		assertThat(workspaces.findWorkspace("elbtal")).isPresent();
		var nordhavn = workspaces.findWorkspace("nordhavn").orElseThrow().id();
		assertThat(parties.search(nordhavn, "", 50)).hasSize(11);
		assertThat(parties.matchSender(nordhavn, "anders@carlsberg.example")).map(p -> p.name()).contains("Carlsberg");
		assertThat(parties.search(workspaces.findWorkspace("elbtal").orElseThrow().id(), "", 50)).hasSize(6);
	}

	@Test
	void isOffByDefaultWithAnExternalDatabase() {
		assertThat(DemoDataOnStartup.enabled("", "")).as("embedded database").isTrue();
		assertThat(DemoDataOnStartup.enabled("", "jdbc:postgresql://db/deskhand")).isFalse();
		assertThat(DemoDataOnStartup.enabled("true", "jdbc:postgresql://db/deskhand")).isTrue();
		assertThat(DemoDataOnStartup.enabled("false", "")).isFalse();
	}

	private boolean load(CyclicBarrier together) {
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return demo.loadUnless(() -> workspaces.findWorkspace("nordhavn").isPresent());
	}

}
