package dev.deskhand.inbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private Dovecot (Debian's dovecot-imapd) started as a child process with its own
 * configuration in a temporary folder: IMAP on a free port of 127.0.0.1 with STARTTLS
 * required, a self-signed certificate made with openssl, one passwd-file user and a
 * Maildir. No system service, no system-wide configuration.
 */
final class Dovecot implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/sbin/dovecot");

	static final String USER = "support@dovecot.test";

	static final String PASSWORD = "dovecot-app-password";

	final Path dir;

	final int port;

	final String certificatePem;

	private final Process process;

	private Dovecot(Path dir, int port, String certificatePem, Process process) {
		this.dir = dir;
		this.port = port;
		this.certificatePem = certificatePem;
		this.process = process;
	}

	static boolean installed() {
		return Files.isExecutable(BINARY);
	}

	static Dovecot start() throws Exception {
		Path dir = Files.createTempDirectory("deskhand-dovecot-");
		run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
				"-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1");
		Files.writeString(dir.resolve("passwd"), USER + ":{PLAIN}" + PASSWORD + "\n");
		Files.createDirectories(dir.resolve("home"));
		int port = freePort();
		boolean root = "root".equals(System.getProperty("user.name"));
		String me = System.getProperty("user.name");
		String mailUser = root ? "dovecot" : me;
		String uid = run(dir, "id", "-u", mailUser).strip();
		String gid = run(dir, "id", "-g", mailUser).strip();
		String dh = Files.exists(Path.of("/usr/share/dovecot/dh.pem")) ? "ssl_dh = </usr/share/dovecot/dh.pem\n" : "";
		Files.writeString(dir.resolve("dovecot.conf"), """
				instance_name = deskhand-test-%1$d
				base_dir = %2$s/run
				state_dir = %2$s/state
				log_path = %2$s/dovecot.log
				protocols = imap
				listen = 127.0.0.1
				default_login_user = %3$s
				default_internal_user = %4$s
				first_valid_uid = 1
				ssl = required
				ssl_cert = <%2$s/cert.pem
				ssl_key = <%2$s/key.pem
				%5$s
				disable_plaintext_auth = yes
				auth_mechanisms = plain login
				passdb {
				  driver = passwd-file
				  args = scheme=PLAIN username_format=%%u %2$s/passwd
				}
				userdb {
				  driver = static
				  args = uid=%6$s gid=%7$s home=%2$s/home/%%u
				}
				mail_location = maildir:~/Maildir
				service imap-login {
				  inet_listener imap {
				    address = 127.0.0.1
				    port = %1$d
				  }
				  inet_listener imaps {
				    port = 0
				  }
				}
				service stats {
				  unix_listener stats-reader {
				    mode = 0666
				  }
				  unix_listener stats-writer {
				    mode = 0666
				  }
				}
				""".formatted(port, dir, root ? "dovenull" : me, root ? "dovecot" : me, dh, uid, gid));
		openUp(dir);
		Process process = new ProcessBuilder(BINARY.toString(), "-c", dir.resolve("dovecot.conf").toString(), "-F")
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("stdout.log").toFile())
			.start();
		Dovecot dovecot = new Dovecot(dir, port, Files.readString(dir.resolve("cert.pem")), process);
		dovecot.awaitListening();
		return dovecot;
	}

	/**
	 * Delivers a raw message the way a local delivery agent does: a file in the user's
	 * Maildir/new.
	 */
	void deliver(String name, byte[] raw) throws IOException {
		Path maildir = dir.resolve("home").resolve(USER).resolve("Maildir");
		for (String sub : List.of("new", "cur", "tmp")) {
			Files.createDirectories(maildir.resolve(sub));
		}
		Files.write(maildir.resolve("new").resolve(System.currentTimeMillis() + "." + name + ".deskhand"), raw);
		openUp(dir.resolve("home"));
	}

	String log() {
		try {
			Path log = dir.resolve("dovecot.log");
			return (Files.exists(log) ? Files.readString(log) : "")
					+ Files.readString(dir.resolve("stdout.log"), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return e.toString();
		}
	}

	private void awaitListening() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Dovecot exited with " + process.exitValue() + ":\n" + log());
			}
			try (Socket s = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException e) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("Dovecot did not listen on " + port + " in 15 s:\n" + log());
	}

	@Override
	public void close() throws Exception {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	/**
	 * The mail processes run as the unprivileged dovecot user when the test runs as root.
	 */
	private static void openUp(Path path) throws IOException {
		try (Stream<Path> files = Files.walk(path)) {
			files.forEach(p -> {
				p.toFile().setReadable(true, false);
				p.toFile().setWritable(true, false);
				p.toFile().setExecutable(Files.isDirectory(p), false);
			});
		}
		path.toFile().setExecutable(true, false);
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static String run(Path dir, String... command) throws Exception {
		Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
		}
		return out;
	}

}
