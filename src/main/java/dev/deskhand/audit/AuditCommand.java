package dev.deskhand.audit;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code deskhand audit verify|export}: the audit log from the command line. */
@Command(name = "audit", mixinStandardHelpOptions = true,
		description = "Verify the audit chains or export a workspace's audit log.",
		subcommands = { AuditVerifySubcommand.class, AuditExportSubcommand.class })
class AuditCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: verify or export");
	}

}
