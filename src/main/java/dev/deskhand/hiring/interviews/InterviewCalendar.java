package dev.deskhand.hiring.interviews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar invitation (RFC 5545, {@code METHOD:REQUEST}) for a booked interview,
 * written by iCal4j: the start and end in the recipient's own zone with its
 * {@code VTIMEZONE}, the video-call link as location and URL, the workspace's mailbox as
 * organiser, both sides as attendees. The same UID for both copies, so a calendar that
 * gets both shows one event.
 */
public final class InterviewCalendar {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private InterviewCalendar() {
	}

	/** Who is invited, as the file names them. */
	public record Party(String name, String email) {
	}

	/**
	 * @param zone the recipient's zone: the times are written in it
	 */
	public static byte[] invitation(String uid, Instant start, int minutes, ZoneId zone, String summary,
			String description, String videoLink, Party organizer, Party interviewer, Party bidder, Instant stamp) {
		return write(Method.VALUE_REQUEST, 0, Status.VALUE_CONFIRMED, uid, start, minutes, zone, summary, description,
				videoLink, organizer, interviewer, bidder, stamp);
	}

	/**
	 * The cancellation of an invitation ({@code METHOD:CANCEL}, the same UID, a higher
	 * sequence): calendars that took the invitation remove the event.
	 */
	public static byte[] cancellation(String uid, Instant start, int minutes, ZoneId zone, String summary,
			String description, String videoLink, Party organizer, Party interviewer, Party bidder, Instant stamp) {
		return write(Method.VALUE_CANCEL, 1, Status.VALUE_CANCELLED, uid, start, minutes, zone, summary, description,
				videoLink, organizer, interviewer, bidder, stamp);
	}

	private static byte[] write(String method, int sequence, String status, String uid, Instant start, int minutes,
			ZoneId zone, String summary, String description, String videoLink, Party organizer, Party interviewer,
			Party bidder, Instant stamp) {
		ZonedDateTime from = start.atZone(zone);
		VEvent event = new VEvent(from, from.plusMinutes(minutes), summary);
		event.add(new Uid(uid));
		event.replace(new DtStamp(stamp));
		event.add(new Description(description));
		event.add(new Location(videoLink));
		event.add(new Url(URI.create(videoLink)));
		event.add(new Sequence(sequence));
		event.add(new Status(status));
		event.add(new Organizer(new ParameterList(java.util.List.of(new Cn(organizer.name()))),
				URI.create("mailto:" + organizer.email())));
		event.add(attendee(interviewer, Role.CHAIR));
		event.add(attendee(bidder, Role.REQ_PARTICIPANT));
		Calendar calendar = new Calendar().withProdId("-//Deskhand//Hiring//EN")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(ImmutableCalScale.GREGORIAN)
			.withProperty(new Method(method))
			.withComponent(timeZone(zone))
			.withComponent(event)
			.getFluentTarget();
		var out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The zone's {@code VTIMEZONE} under the zone's own id: iCal4j's data names linked
	 * zones by their target (Europe/Copenhagen as Europe/Berlin), and the event's TZID
	 * must find its definition.
	 */
	private static VTimeZone timeZone(ZoneId zone) {
		VTimeZone definition = ZONES.getTimeZone(zone.getId()).getVTimeZone().copy();
		definition.replace(new TzId(zone.getId()));
		return definition;
	}

	private static Attendee attendee(Party p, Role role) {
		return new Attendee(
				new ParameterList(java.util.List.of(new Cn(p.name()), role, PartStat.NEEDS_ACTION, new Rsvp(true))),
				URI.create("mailto:" + p.email()));
	}

}
