package dev.deskhand.references;

/**
 * The check-digit algorithms, each answering the check character a sequence should have
 * (so a message can say which it should be). Written from the definitions in
 * jkeen/tracking_number_data's {@code CHECKSUM_ALGORITHMS.md} (MIT), ISO 6346 Annex A,
 * IATA Resolution 600a (air waybill) and UPU standard S10; they work on normalised text
 * (upper-case letters and digits) and allocate nothing.
 */
final class CheckDigits {

	private CheckDigits() {
	}

	/**
	 * ISO 6346: the ten characters before the check digit, letters valued from A=10
	 * skipping multiples of 11, each times 2^position, sum mod 11; a remainder of 10 is
	 * written 0.
	 */
	static char iso6346(CharSequence s, int from) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			char c = s.charAt(from + i);
			int v = c >= '0' && c <= '9' ? c - '0' : iso6346Letter(c);
			sum += v << i;
		}
		return (char) ('0' + sum % 11 % 10);
	}

	/** A=10, B=12 … skipping 11, 22 and 33. */
	static int iso6346Letter(char c) {
		int v = 10 + (c - 'A');
		// each multiple of 11 reached so far is skipped
		if (v >= 11) {
			v++;
		}
		if (v >= 22) {
			v++;
		}
		if (v >= 33) {
			v++;
		}
		return v;
	}

	/** Standard mod 7 (IATA air waybill serial, DHL Express): the number mod 7. */
	static char mod7(CharSequence s, int from, int to) {
		long n = 0;
		for (int i = from; i < to; i++) {
			n = (n * 10 + (s.charAt(i) - '0')) % 7;
		}
		return (char) ('0' + n);
	}

	/**
	 * The generic mod 10 of tracking_number_data: digits as they are, letters as (code -
	 * 3) mod 10; positions counted from 0 (from the end when {@code reverse}), even ones
	 * times {@code evens}, odd ones times {@code odds}; check = (10 - sum mod 10) mod 10.
	 * {@code prefix} is prepended to the sequence (OnTrac, USPS legacy).
	 */
	static char mod10(String prefix, CharSequence s, int from, int to, int evens, int odds, boolean reverse) {
		int total = 0;
		int length = prefix.length() + (to - from);
		for (int i = 0; i < length; i++) {
			int at = reverse ? length - 1 - i : i;
			char c = at < prefix.length() ? prefix.charAt(at) : s.charAt(from + at - prefix.length());
			int x = c >= '0' && c <= '9' ? c - '0' : (c - 3) % 10;
			total += x * ((i & 1) == 1 ? odds : evens);
		}
		return (char) ('0' + (10 - total % 10) % 10);
	}

	/** Luhn: from the right of the sequence, every other digit doubled (digit sum). */
	static char luhn(CharSequence s, int from, int to) {
		int total = 0;
		boolean twice = true;
		for (int i = to - 1; i >= from; i--) {
			int d = s.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			total += d;
			twice = !twice;
		}
		return (char) ('0' + (10 - total % 10) % 10);
	}

	/** UPU S10: weights 8 6 4 2 3 5 9 7, mod 11; remainder 1 gives 0, 0 gives 5. */
	static char s10(CharSequence s, int from) {
		int[] w = S10_WEIGHTS;
		int total = 0;
		for (int i = 0; i < 8; i++) {
			total += (s.charAt(from + i) - '0') * w[i];
		}
		int r = total % 11;
		int check = r == 1 ? 0 : r == 0 ? 5 : 11 - r;
		return (char) ('0' + check);
	}

	private static final int[] S10_WEIGHTS = { 8, 6, 4, 2, 3, 5, 9, 7 };

	/** Sum of digit times weight, mod m1, mod m2 (FedEx). */
	static char sumProduct(CharSequence s, int from, int[] weights, int m1, int m2) {
		int total = 0;
		for (int i = 0; i < weights.length; i++) {
			total += (s.charAt(from + i) - '0') * weights[i];
		}
		return (char) ('0' + total % m1 % m2);
	}

	/**
	 * ISO 7064 MOD 37,36 as DPD's parcel label specification 2.4.1 uses it: letters A=10
	 * … Z=35; the answer is a digit or a letter.
	 */
	static char mod3736(CharSequence s, int from, int to) {
		int mod = 36;
		int cd = mod;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			int v = c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10;
			cd = v + cd;
			if (cd > mod) {
				cd -= mod;
			}
			cd *= 2;
			if (cd > mod) {
				cd -= mod + 1;
			}
		}
		cd = mod + 1 - cd;
		if (cd == mod) {
			cd = 0;
		}
		return cd < 10 ? (char) ('0' + cd) : (char) ('A' + cd - 10);
	}

	/** GS1 mod 10 (SSCC, GTIN): weights 3 and 1 from the right of the data digits. */
	static char gs1(CharSequence s, int from, int to) {
		int total = 0;
		boolean three = true;
		for (int i = to - 1; i >= from; i--) {
			total += (s.charAt(i) - '0') * (three ? 3 : 1);
			three = !three;
		}
		return (char) ('0' + (10 - total % 10) % 10);
	}

}
