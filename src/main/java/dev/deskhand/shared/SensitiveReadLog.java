package dev.deskhand.shared;

/**
 * Records reads of sensitive data. Implemented by the audit module; called synchronously
 * by the module that reads, because reads run in read-only transactions where no event
 * can be stored. The entry is written in its own transaction and survives even if the
 * caller's transaction rolls back.
 */
public interface SensitiveReadLog {

	/** Appends the read to the workspace's audit chain before the data is handed out. */
	void record(SensitiveRead read);

}
