package dev.deskhand;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Deskhand: the web server when started without a command, the command line
 * ({@code deskhand audit verify}, ...) when the first argument names a command.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeskhandApplication {

	public static void main(String[] args) {
		if (CommandLineLauncher.isCommand(args)) {
			System.exit(CommandLineLauncher.run(args));
		}
		SpringApplication app = new SpringApplication(DeskhandApplication.class);
		app.setDefaultProperties(LocalSecrets.defaults());
		app.run(args);
	}

	/** The one clock: every module asks it for the time, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
