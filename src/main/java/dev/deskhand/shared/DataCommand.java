package dev.deskhand.shared;

import org.jspecify.annotations.Nullable;

/**
 * A command-line command that needs the database only on some runs (such as
 * {@code import-events} without {@code --dry-run}). Such a command declares no
 * {@code @Autowired} fields itself; after its options are parsed the launcher asks it for
 * the object whose {@code @Autowired} fields to fill, and starts Spring only when there
 * is one.
 */
public interface DataCommand {

	/**
	 * The object to autowire before the command runs, or null when this run needs no
	 * data.
	 */
	@Nullable Object dataTarget();

}
