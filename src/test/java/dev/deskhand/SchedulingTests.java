package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * The server runs its clocks; a command-line run (profile {@code cli}) does not, so an
 * import does not judge every shipment or fetch mail while it stores events.
 */
class SchedulingTests {

	@Test
	void theServerSchedulesAndTheCommandLineDoesNot() {
		assertThat(schedules()).isTrue();
		assertThat(schedules("cli")).isFalse();
	}

	private static boolean schedules(String... profiles) {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.getEnvironment().setActiveProfiles(profiles);
			context.register(Scheduling.class);
			context.refresh();
			return context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class).length > 0;
		}
	}

}
