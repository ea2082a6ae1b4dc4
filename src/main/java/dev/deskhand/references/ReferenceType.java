package dev.deskhand.references;

/** The kinds of reference a logistics team writes and reads. */
public enum ReferenceType {

	/** A customer's order number (workspace patterns). */
	ORDER,
	/** An invoice number (workspace patterns). */
	INVOICE,
	/** A carrier's or forwarder's booking number. */
	BOOKING,
	/** An ocean bill of lading (master or house). */
	BILL_OF_LADING,
	/** An ISO 6346 freight container number. */
	CONTAINER,
	/** An IATA air waybill (three-digit prefix, eight digits, mod 7 check). */
	AIR_WAYBILL,
	/** A parcel or courier tracking number (UPS 1Z, UPU S10, DHL, GLS, DPD …). */
	TRACKING_NUMBER;

	/** The lower-case name used in files, the API and the command line. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The type named by {@link #code()} or by its enum name, any case. */
	public static ReferenceType parse(String code) {
		return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}

}
