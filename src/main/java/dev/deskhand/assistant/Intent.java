package dev.deskhand.assistant;

import java.util.Locale;

/** What a received e-mail mainly asks for or tells: exactly one per message. */
public enum Intent {

	/** Where is it, when does it arrive, tracking not updating. */
	SHIPMENT_STATUS,
	/** Change of address, date, slot, reroute or hold. */
	DELIVERY_CHANGE,
	/** A new booking or a quote. */
	BOOKING_REQUEST,
	/** A party confirms a booking, pickup slot or space. */
	BOOKING_CONFIRMATION,
	/** Query, dispute, copy, payment status or credit note of an invoice. */
	INVOICE_QUESTION,
	/** POD, bill of lading, CMR, customs papers, certificates, commercial invoice. */
	DOCUMENT_REQUEST,
	/** Cancel a booking, order or pickup. */
	CANCELLATION,
	/** Damage, loss, repeated delay, claim. */
	COMPLAINT,
	/** A carrier or line notifies a status change, delay or new ETA (no question). */
	CARRIER_UPDATE,
	/** Anything else (thanks, out of office, newsletters, ...). */
	OTHER;

	/** The lower-case name used in files, the API and the command line. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The intent named by {@link #code()} or by its enum name, any case. */
	public static Intent parse(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
