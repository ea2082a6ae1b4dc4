package dev.deskhand.inbox.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each member's e-mail signature and from-name in a workspace, and each mailbox's
 * signature: what {@code Identities} combines for the mail a person sends.
 */
@Repository
public class Signatures {

	private final JdbcClient jdbc;

	Signatures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String of(WorkspaceId workspace, MemberId member) {
		return jdbc.sql("select text from inbox.signature where workspace_id = ? and member_id = ?")
			.params(workspace.value(), member.value())
			.query(String.class)
			.optional()
			.orElse("");
	}

	public void set(WorkspaceId workspace, MemberId member, String text) {
		jdbc.sql("""
				insert into inbox.signature (workspace_id, member_id, text) values (?, ?, ?)
				on conflict (workspace_id, member_id) do update set text = excluded.text""")
			.params(workspace.value(), member.value(), text)
			.update();
	}

	/** The member's from-name pattern; empty when they use the mailbox's name. */
	public String fromNameOf(WorkspaceId workspace, MemberId member) {
		return jdbc.sql("select from_name from inbox.signature where workspace_id = ? and member_id = ?")
			.params(workspace.value(), member.value())
			.query(String.class)
			.optional()
			.orElse("");
	}

	public void setFromName(WorkspaceId workspace, MemberId member, String fromName) {
		jdbc.sql("""
				insert into inbox.signature (workspace_id, member_id, text, from_name) values (?, ?, '', ?)
				on conflict (workspace_id, member_id) do update set from_name = excluded.from_name""")
			.params(workspace.value(), member.value(), fromName)
			.update();
	}

	public String ofMailbox(dev.deskhand.inbox.MailboxId mailbox) {
		return jdbc.sql("select signature from inbox.mailbox where id = ?")
			.param(mailbox.value())
			.query(String.class)
			.optional()
			.orElse("");
	}

	public void setMailbox(dev.deskhand.inbox.MailboxId mailbox, String text) {
		jdbc.sql("update inbox.mailbox set signature = ? where id = ?").params(text, mailbox.value()).update();
	}

	/**
	 * The signature a member's mail from this mailbox carries: the member's own, in which
	 * {@code {{mailbox.signature}}} stands for the mailbox's (so it extends it), or the
	 * mailbox's when the member has none; then the placeholders {@code {{person.name}}},
	 * {@code {{mailbox.name}}} and {@code {{mailbox.address}}} filled in.
	 */
	public static String combine(String personal, String ofMailbox, String personName, String mailboxName,
			String mailboxAddress) {
		String text = personal.isBlank() ? ofMailbox : personal.replace("{{mailbox.signature}}", ofMailbox);
		return fill(text, personName, mailboxName, mailboxAddress).strip();
	}

	/** The from-name: the member's pattern filled in, or the mailbox's name. */
	public static String fromName(String pattern, String personName, String mailboxName, String mailboxAddress) {
		String name = pattern.isBlank() ? mailboxName : fill(pattern, personName, mailboxName, mailboxAddress).strip();
		return name.isBlank() ? mailboxName : name;
	}

	private static String fill(String text, String personName, String mailboxName, String mailboxAddress) {
		return text.replace("{{person.name}}", personName)
			.replace("{{mailbox.name}}", mailboxName)
			.replace("{{mailbox.address}}", mailboxAddress);
	}

}
