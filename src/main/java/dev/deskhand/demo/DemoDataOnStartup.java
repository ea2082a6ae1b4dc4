package dev.deskhand.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo set when Deskhand starts and says how to sign in: with
 * {@code deskhand.demo.enabled=true}, or when it is unset and the database is the
 * embedded one (a production database never gets demo people with a published password by
 * default).
 */
@Component
class DemoDataOnStartup {

	private static final Logger log = LoggerFactory.getLogger(DemoDataOnStartup.class);

	private final DemoData demo;

	private final Environment env;

	DemoDataOnStartup(DemoData demo, Environment env) {
		this.demo = demo;
		this.env = env;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!enabled(env.getProperty("deskhand.demo.enabled", ""), env.getProperty("deskhand.db.url", ""))) {
			return;
		}
		boolean loaded = demo.loadIfEmpty();
		String port = env.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		StringBuilder sb = new StringBuilder("\n\n  Deskhand is running at http://localhost:" + port + "/\n");
		sb.append(loaded ? "  Demo data loaded. " : "  ")
			.append("Demo logins (password: ")
			.append(DemoData.PASSWORD)
			.append("):\n");
		DemoData.LOGINS.forEach(l -> sb.append(String.format("    %-30s %s%n", l[0], l[1])));
		log.info(sb.toString());
	}

	/**
	 * {@code setting} true or false decides; empty means "only on the embedded database".
	 */
	static boolean enabled(String setting, String databaseUrl) {
		return setting.isBlank() ? databaseUrl.isBlank() : Boolean.parseBoolean(setting.strip());
	}

}
