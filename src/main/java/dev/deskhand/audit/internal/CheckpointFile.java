package dev.deskhand.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checkpoint files: one append-only file per workspace, named after the workspace's
 * id with the suffix {@code .log}, outside the database. One line per checkpoint holds
 * the format version, workspace, seq, mac, time written and an HMAC over the other
 * fields, so a line cannot be edited or made up without the audit key.
 */
@Component
class CheckpointFile {

	private static final String VERSION = "v1";

	private final Path dir;

	private final ChainMac macs;

	CheckpointFile(@Value("${deskhand.audit.checkpoint-dir:${deskhand.db.data-dir:data}/audit-checkpoints}") Path dir,
			ChainMac macs) {
		this.dir = dir;
		this.macs = macs;
	}

	/**
	 * Appends one line and syncs it to disk; a single write in append mode, so processes
	 * sharing the folder do not interleave lines.
	 */
	void append(UUID workspace, long seq, String mac, Instant writtenAt) {
		String fields = String.join(" ", VERSION, workspace.toString(), Long.toString(seq), mac, writtenAt.toString());
		String line = fields + " " + macs.ofCheckpoint(fields) + "\n";
		try {
			Files.createDirectories(dir);
			Files.writeString(file(workspace), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the audit checkpoint " + file(workspace), e);
		}
	}

	/** Every line of the workspace's file, checked; none when it has no file. */
	Checkpoints read(UUID workspace) {
		Path file = file(workspace);
		if (!Files.exists(file)) {
			return Checkpoints.NONE;
		}
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			Checkpoints.Builder builder = new Checkpoints.Builder();
			for (int i = 0; i < lines.size(); i++) {
				parse(workspace, lines.get(i), i + 1, builder);
			}
			return builder.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the audit checkpoints " + file, e);
		}
	}

	/**
	 * The workspaces that have a checkpoint file, including any whose chain has vanished
	 * from the database.
	 */
	Set<UUID> workspaces() {
		if (!Files.isDirectory(dir)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString())
				.filter(name -> name.matches("[0-9a-f-]{36}\\.log"))
				.map(name -> UUID.fromString(name.substring(0, 36)))
				.collect(Collectors.toSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not list the audit checkpoints in " + dir, e);
		}
	}

	private void parse(UUID workspace, String line, int lineNo, Checkpoints.Builder builder) {
		if (line.isBlank()) {
			return;
		}
		String[] f = line.split(" ");
		int cut = line.lastIndexOf(' ');
		boolean valid = f.length == 6 && VERSION.equals(f[0]) && workspace.toString().equals(f[1])
				&& macs.ofCheckpoint(line.substring(0, cut)).equals(f[5]);
		if (!valid) {
			builder.invalid(lineNo);
			return;
		}
		try {
			builder.add(new Checkpoints.Checkpoint(Long.parseLong(f[2]), f[3], Instant.parse(f[4]), lineNo));
		}
		catch (RuntimeException e) {
			builder.invalid(lineNo);
		}
	}

	private Path file(UUID workspace) {
		return dir.resolve(workspace + ".log");
	}

}
