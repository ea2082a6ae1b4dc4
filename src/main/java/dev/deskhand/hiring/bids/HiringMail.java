package dev.deskhand.hiring.bids;

import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.shared.WorkspaceId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail to bidders (the confirmation with the bid's own link, a decline) through the
 * inbox's outbox, from the workspace's first enabled mailbox, in a transaction of its own
 * after the bid's change has committed: a workspace without a mailbox still takes bids
 * (the bidder sees their link on the page right after bidding); the failure is logged.
 */
@Component
public class HiringMail {

	private static final Logger log = LoggerFactory.getLogger(HiringMail.class);

	private final InboxManagement inbox;

	private final TransactionTemplate tx;

	private final String publicUrl;

	HiringMail(InboxManagement inbox, PlatformTransactionManager transactions,
			@Value("${deskhand.public-url:}") String publicUrl, @Value("${server.port:8080}") int port) {
		this.inbox = inbox;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.publicUrl = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.replaceAll("/+$", "");
	}

	/** The address of a page under Deskhand's public address. */
	public String url(String path) {
		return publicUrl + path;
	}

	/** Queues the mail; false (logged) when it could not be queued. */
	public boolean send(WorkspaceId ws, String to, String subject, String body) {
		try {
			tx.executeWithoutResult(s -> inbox.sendSystemMail(ws, null, to, subject, body, List.of()));
			return true;
		}
		catch (RuntimeException e) {
			log.info("Hiring mail for workspace {} not queued: {}", ws.value(), e.getMessage());
			return false;
		}
	}

}
