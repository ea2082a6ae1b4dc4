package dev.deskhand.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo set when Deskhand starts (unless {@code deskhand.demo.enabled=false})
 * and says how to sign in.
 */
@Component
@ConditionalOnProperty(name = "deskhand.demo.enabled", havingValue = "true")
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

}
