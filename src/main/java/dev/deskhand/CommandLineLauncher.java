package dev.deskhand;

import dev.deskhand.shared.DataCommand;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code deskhand} command line. Each module keeps its own commands as top-level
 * {@link Command} classes in its package; they are found here by scanning, so this class
 * knows none of them. A command that needs data declares {@link Autowired} fields: only
 * then is Spring started (without the web server) and the fields filled. A command that
 * needs data only on some runs implements {@link DataCommand} instead. Contract for every
 * command: results as JSON Lines on stdout, messages on stderr; exit 0 when everything
 * went through, 1 when records were rejected or a check failed, 2 for a usage error.
 */
final class CommandLineLauncher {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;

	private CommandLineLauncher() {
	}

	static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("--spring") && !args[0].startsWith("--server")
				&& !args[0].startsWith("--deskhand");
	}

	static int run(String[] args) {
		Holder holder = new Holder(args);
		try {
			CommandLine cli = build(holder);
			cli.setExecutionStrategy(parsed -> {
				Object command = parsed.asCommandLineList().getLast().getCommand();
				Object target = command instanceof DataCommand d ? d.dataTarget()
						: needsSpring(command) ? command : null;
				if (target != null) {
					holder.context().getAutowireCapableBeanFactory().autowireBean(target);
				}
				return new CommandLine.RunLast().execute(parsed);
			});
			return cli.execute(args);
		}
		finally {
			holder.close();
		}
	}

	static CommandLine build(Holder holder) {
		CommandLine root = new CommandLine(new Root());
		root.setParameterExceptionHandler((ex, a) -> {
			ex.getCommandLine().getErr().println("deskhand: " + ex.getMessage());
			ex.getCommandLine().usage(ex.getCommandLine().getErr());
			return USAGE;
		});
		root.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			cmd.getErr().println("deskhand: " + ex.getMessage());
			return FAILED;
		});
		for (Class<?> type : commandTypes()) {
			root.addSubcommand(new CommandLine(type, CommandLine.defaultFactory()));
		}
		return root;
	}

	private static List<Class<?>> commandTypes() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Command.class));
		String base = CommandLineLauncher.class.getPackageName();
		return scanner.findCandidateComponents(base)
			.stream()
			.map(bd -> ClassUtils.resolveClassName(bd.getBeanClassName(), CommandLineLauncher.class.getClassLoader()))
			.filter(type -> !type.getPackageName().equals(base) && type.getEnclosingClass() == null)
			.filter(type -> isTopLevelCommand(type))
			.sorted(Comparator.comparing(Class::getName))
			.<Class<?>>map(type -> type)
			.toList();
	}

	/** Subcommands are listed by their parent; only the others attach to the root. */
	private static boolean isTopLevelCommand(Class<?> type) {
		return !type.getAnnotation(Command.class).name().isEmpty() && !type.getSimpleName().endsWith("Subcommand");
	}

	private static boolean needsSpring(Object command) {
		return Arrays.stream(command.getClass().getDeclaredFields())
			.anyMatch(f -> f.isAnnotationPresent(Autowired.class));
	}

	@Command(name = "deskhand", mixinStandardHelpOptions = true, version = "Deskhand 0.1",
			description = "Batch work on Deskhand's data. Results are JSON Lines on stdout, messages on stderr.%n"
					+ "Exit codes: 0 everything went through, 1 records rejected or a check failed, 2 usage error.")
	static final class Root implements Runnable {

		@CommandLine.Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public void run() {
			throw new CommandLine.ParameterException(spec.commandLine(), "Name a command");
		}

	}

	/** Starts Spring (no web server) the first time a command needs data. */
	static final class Holder implements AutoCloseable {

		/** How long a command waits for the follow-up work of what it published. */
		static final java.time.Duration DRAIN = java.time.Duration.ofMinutes(2);

		private final String[] args;

		private ConfigurableApplicationContext context;

		private java.time.Instant started;

		Holder(String[] args) {
			this.args = args;
		}

		ConfigurableApplicationContext context() {
			if (context == null) {
				SpringApplication app = new SpringApplication(DeskhandApplication.class);
				app.setWebApplicationType(WebApplicationType.NONE);
				app.setDefaultProperties(LocalSecrets.defaults());
				app.setAdditionalProfiles("cli");
				started = java.time.Instant.now();
				context = app.run();
			}
			return context;
		}

		@Override
		public void close() {
			if (context != null) {
				// what the command published is handled before the process ends
				int left = context.getBean(EventDrain.class).awaitCompletion(started, DRAIN);
				if (left > 0) {
					System.err.println("deskhand: " + left + " follow-up step(s) still running after "
							+ DRAIN.toSeconds() + " s; a running Deskhand server finishes them");
				}
				context.close();
			}
		}

	}

}
