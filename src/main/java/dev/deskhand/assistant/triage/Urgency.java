package dev.deskhand.assistant.triage;

import java.util.regex.Pattern;

/**
 * Whether an e-mail is urgent, by rules in Danish, German and English over its subject
 * and new text (never the quoted history): an explicit marker ("haster", "dringend",
 * "urgent", "ASAP"), a deadline today ("i dag inden kl. 14", "heute noch", "by end of
 * day") or a consequence happening now (a truck or driver waiting, goods stuck at
 * customs, a production line standing). A denial ("haster ikke", "nicht eilig", "no
 * rush") and automatic replies are not urgent.
 */
public final class Urgency {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern MARKER = Pattern.compile("\\b(haster|hastende|hastesag|akut|omgående|omgaaende|"
			+ "straks|hurtigst muligt|snarest muligt|asap|a\\.s\\.a\\.p|urgent|urgently|high priority|top priority|"
			+ "prio 1|priority 1|immediately|right away|as soon as possible|dringend|eilig|eilt|sofort|umgehend|"
			+ "schnellstmöglich|schnellstens|so schnell wie möglich|höchste priorität|notfall|emergency|kritisk|"
			+ "critical)\\b|!{2,}|\\bSOS\\b", FLAGS);

	private static final Pattern TODAY = Pattern.compile("\\b(i dag|idag|inden for i dag|senest i dag|"
			+ "inden (kl\\.?|klokken) ?\\d|før (kl\\.?|klokken) ?\\d|i eftermiddag|i formiddag|inden fyraften|"
			+ "today|tonight|this afternoon|this morning|by noon|by end of (the )?day|end of day|eod|cob|"
			+ "close of business|before \\d{1,2}(:\\d{2})? ?(am|pm|today)|by \\d{1,2}(:\\d{2})? ?(am|pm)|"
			+ "heute|heute noch|noch heute|bis heute|heute nachmittag|heute vormittag|bis (spätestens )?\\d{1,2}(:\\d{2})? uhr|"
			+ "vor \\d{1,2}(:\\d{2})? uhr|bis mittag|bis feierabend|within the hour|inden for en time|"
			+ "innerhalb der nächsten stunde)\\b", FLAGS);

	private static final Pattern NOW = Pattern.compile("\\b((chauffør(en)?|vognmand(en)?|lastbil(en)?|bil(en)?|"
			+ "driver|truck|lorry|fahrer|lkw|der lkw|der fahrer|trucker) (står og )?(venter|holder|waiting|is waiting|"
			+ "are waiting|has been waiting|wartet|steht|warten)|(venter|waiting|wartet) (ved|at|vor|an) "
			+ "(porten|rampen|the gate|the dock|the ramp|dem tor|der rampe|dock)|"
			+ "(står|sidder|holdt|tilbageholdt|stoppet) (fast )?(i|hos) told(en)?|told(en)? (holder|har stoppet)|"
			+ "(stuck|held|detained|blocked|on hold) (at|in|by) customs|customs (hold|stop)|"
			+ "(beim|im|vom) zoll (fest|festgehalten|gestoppt|blockiert)|(hängt|steckt|steht|festgehalten) (beim|im) zoll|"
			+ "zoll (hält|hat) .{0,20}(fest|gestoppt)|"
			+ "production (stops|will stop|is down|has stopped|at a standstill)|line (stop|down)|"
			+ "produktion(en)? (står|stopper|går i stå)|bandstillstand|produktion steht|produktionsstopp|"
			+ "stillstand|shelves are empty|hylderne er tomme|kunden står|customer is waiting at|"
			+ "demurrage (is )?(running|accruing)|liegegeld läuft|detention (is )?running|"
			+ "skibet sejler|vessel (sails|departs) (today|tonight)|cut-?off (is )?(today|in \\d))", FLAGS);

	private static final Pattern DENIED = Pattern.compile("\\b(haster ikke|ikke (noget )?akut|ingen hast|"
			+ "not urgent|no rush|no hurry|not a priority|nicht (so )?eilig|nicht dringend|keine eile|eilt nicht|"
			+ "hat keine eile|whenever you (can|have time)|når i får tid|wenn sie zeit haben)\\b", FLAGS);

	private static final Pattern AUTO_REPLY = Pattern.compile("\\b(out of (the )?office|automatic reply|"
			+ "auto-?reply|abwesenheitsnotiz|automatische antwort|ikke på kontoret|fraværende|autosvar|"
			+ "automatisk svar|bin ich nicht im büro|i am (currently )?away|jeg er på ferie|ich bin im urlaub)\\b",
			FLAGS);

	private Urgency() {
	}

	/** Urgent by the subject and the new text (signature and quoted history left out). */
	public static boolean of(String subject, MailParts parts) {
		String text = Languages.stripPrefix(subject) + "\n" + parts.fresh();
		if (AUTO_REPLY.matcher(text).find() || DENIED.matcher(text).find()) {
			return false;
		}
		return MARKER.matcher(text).find() || TODAY.matcher(text).find() || NOW.matcher(text).find();
	}

}
