import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The mail server for bench/crash-*.sh: GreenMail (real SMTP and IMAP) on 127.0.0.1 only. Delivers N customer mails
 * into support@crash.test's INBOX (Message-ID <crash-I@kunde.test>, subject "Order I" modulo CONVERSATIONS so they
 * thread into that many conversations), then runs until DIR/stop exists (at most 30 minutes) and writes DIR/counts:
 * one line per Message-ID that reached kunde@kunde.test, with how many copies came.
 *
 * Usage: java -cp CLASSPATH bench/CrashMail.java SMTP_PORT IMAP_PORT DIR N CONVERSATIONS
 */
public class CrashMail {

	public static void main(String[] args) throws Exception {
		int smtp = Integer.parseInt(args[0]), imap = Integer.parseInt(args[1]);
		Path dir = Path.of(args[2]);
		int n = Integer.parseInt(args[3]), conversations = Integer.parseInt(args[4]);
		GreenMail mail = new GreenMail(new ServerSetup[] { new ServerSetup(smtp, "127.0.0.1", "smtp"),
				new ServerSetup(imap, "127.0.0.1", "imap") });
		mail.start();
		var support = mail.setUser("support@crash.test", "support@crash.test", "crash-password");
		var customer = mail.setUser("kunde@kunde.test", "kunde@kunde.test", "crash-password");
		Session session = Session.getInstance(new Properties());
		for (int i = 0; i < n; i++) {
			String raw = ("From: Kunde <kunde@kunde.test>\r\nTo: support@crash.test\r\nSubject: Order %d\r\n"
					+ "Message-ID: <crash-%d@kunde.test>\r\nDate: Thu, 3 Dec 2026 10:00:00 +0000\r\n\r\n"
					+ "Where is order %d?\r\n").formatted(i % conversations, i, i);
			support.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
		}
		Files.writeString(dir.resolve("ready"), "delivered " + n + "\n");
		long until = System.currentTimeMillis() + 30 * 60 * 1000;
		while (!Files.exists(dir.resolve("stop")) && System.currentTimeMillis() < until) {
			Thread.sleep(200);
		}
		Map<String, Integer> copies = new TreeMap<>();
		for (var stored : mail.getUserManager().getImapHostManager().getInbox(customer).getMessages()) {
			String id = stored.getMimeMessage().getMessageID();
			copies.merge(id == null ? "(none)" : id, 1, Integer::sum);
		}
		StringBuilder out = new StringBuilder();
		copies.forEach((id, count) -> out.append(id).append(' ').append(count).append('\n'));
		Files.writeString(dir.resolve("counts"), out.toString());
		mail.stop();
	}

}
