package dev.deskhand.work.internal;

import dev.deskhand.access.Membership;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.workspace.MemberKind;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code @name} in a note notifies that member: a name is matched, ignoring case and
 * accents, against the member's first name, whole name (without spaces, or with dots) and
 * the local part of their e-mail address — "@soren", "@søren", "@soeren" and
 * "@soren.holm" all find Søren Holm. Only people who may see the item are notified, never
 * the writer.
 */
@Component
class Mentions {

	/** An @ not preceded by a name character, so {@code a@b.dk} is no mention. */
	private static final Pattern MENTION = Pattern
		.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

	private final WorkspaceManagement workspaces;

	private final ItemAccess access;

	private final Notifications notifications;

	private final Duration mailWindow;

	Mentions(WorkspaceManagement workspaces, ItemAccess access, Notifications notifications,
			@Value("${deskhand.work.notification-mail-window:PT2M}") Duration mailWindow) {
		this.workspaces = workspaces;
		this.access = access;
		this.notifications = notifications;
		this.mailWindow = mailWindow;
	}

	/** Notifies the members the note mentions; returns them. */
	List<MemberView> notify(Membership author, WorkItem item, String note, Instant now) {
		Set<String> tokens = tokens(note);
		if (tokens.isEmpty()) {
			return List.of();
		}
		String excerpt = note.strip().length() > 300 ? note.strip().substring(0, 299) + "…" : note.strip();
		List<MemberView> mentioned = workspaces.members(item.workspace)
			.stream()
			.filter(x -> x.active() && x.kind() == MemberKind.PERSON && !x.id().equals(author.member().id()))
			.filter(x -> keys(x).stream().anyMatch(tokens::contains))
			.filter(x -> sees(author, x, item))
			.toList();
		mentioned.forEach(x -> notifications.mention(item.workspace, x.id(), item.id, author.member().displayName(),
				excerpt, now, now.plus(mailWindow)));
		return mentioned;
	}

	private boolean sees(Membership author, MemberView member, WorkItem item) {
		try {
			access.assignee(author, member.id(), item.scope);
			return true;
		}
		catch (InvalidInputException e) {
			return false;
		}
	}

	/** The folded names written after an @ in the text. */
	static Set<String> tokens(String text) {
		Set<String> tokens = new LinkedHashSet<>();
		Matcher m = MENTION.matcher(text);
		while (m.find()) {
			String token = m.group(1).replaceAll("[._-]+$", "");
			if (!token.isEmpty()) {
				tokens.add(fold(token, false));
			}
		}
		return tokens;
	}

	/** What a mention of this member may say, folded both ways (ø as o and as oe). */
	static Set<String> keys(MemberView member) {
		Set<String> keys = new LinkedHashSet<>();
		String name = member.displayName().strip();
		List<String> words = List.of(name.split("\\s+"));
		for (boolean expand : new boolean[] { false, true }) {
			keys.add(fold(words.getFirst(), expand));
			keys.add(fold(String.join("", words), expand));
			keys.add(fold(String.join(".", words), expand));
			String local = localPart(member.email());
			if (local != null) {
				keys.add(fold(local, expand));
			}
		}
		keys.remove("");
		return keys;
	}

	private static @Nullable String localPart(@Nullable String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at > 0 ? email.substring(0, at) : null;
	}

	/**
	 * Lower case without accents; {@code expand} spells ø, æ, å, ä, ö, ü as oe, ae, aa,
	 * ae, oe, ue (how people type them without the letters).
	 */
	static String fold(String s, boolean expand) {
		String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("đ", "d").replace("ł", "l");
		if (expand) {
			lower = lower.replace("ø", "oe")
				.replace("æ", "ae")
				.replace("å", "aa")
				.replace("ä", "ae")
				.replace("ö", "oe")
				.replace("ü", "ue");
		}
		else {
			lower = lower.replace("ø", "o").replace("æ", "ae").replace("œ", "oe");
		}
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

}
