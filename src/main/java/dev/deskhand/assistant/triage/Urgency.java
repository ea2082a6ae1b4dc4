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
			+ "critical|brådskande|brådskar|haster|nu!|jetzt!|now!)(?!\\p{L})|\\bSOS\\b", FLAGS);

	private static final Pattern TODAY = Pattern.compile("\\b(senest i dag|inden for i dag|inden i dag|"
			+ "i dag inden|i dag senest|i dag før|skal (bruge|have|være) .{0,40}i dag|i dag,? ellers|"
			+ "inden (kl\\.?|klokken) ?\\d{1,2}([:.]\\d{2})? i dag|i dag (kl\\.?|klokken) ?\\d|inden fyraften|"
			+ "by today|today by|today before|needed today|need (it|them|this) today|must .{0,30}today|"
			+ "by (the )?end of (the )?day|before end of day|\\beod\\b|close of business today|"
			+ "by \\d{1,2}(:\\d{2})? ?(am|pm)( today)?|before \\d{1,2}(:\\d{2})? ?(am|pm)|today at \\d|"
			+ "tonight's|fly tonight|within the hour|inden for en time|innerhalb der nächsten stunde|"
			+ "heute noch|noch heute|bis heute|heute bis|heute vor|heute spätestens|spätestens heute|"
			+ "bis (spätestens )?\\d{1,2}(:\\d{2})? uhr|vor \\d{1,2}(:\\d{2})? uhr|bis mittag|bis feierabend|"
			+ "i aften|heute abend|i nat|i dag kl|i dag!|idag|heute um \\d|today!|"
			+ "(aflys|avlys|annuller|stop|stopp|stornier|cancel|lever ikke|må ikke|nicht liefern|do not)[\\p{L}]*"
			+ ".{0,60}\\b(i dag|idag|heute|today)|(i dag|heute|today)\\b.{0,60}\\b(aflys|avlys|annuller|stop|"
			+ "stornier|cancel))\\b", FLAGS);

	/** Markers written in capitals: "NU", "STOP", "JETZT". */
	private static final Pattern CAPITALS = Pattern
		.compile("\\b(NU|JETZT|NOW|STOP|STOPP|HASTER|EILT|URGENT|ASAP|SOFORT|BRÅDSKANDE|AKUT)\\b");

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
			+ "shelves are empty|står og venter|stehen und warten|are standing waiting|hylderne er tomme|kunden står|customer is waiting at|"
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
		return MARKER.matcher(text).find() || CAPITALS.matcher(text).find() || TODAY.matcher(text).find()
				|| NOW.matcher(text).find();
	}

}
