package dev.deskhand.hiring.posts;

import dev.deskhand.access.ScopeRef;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.hiring.NewJobPost;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Money;
import dev.deskhand.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks of a job post's terms: each failure names its field (a JSON pointer) and says
 * why in the reader's language, before anything is written.
 */
public final class PostChecks {

	/** The page languages a post can be written in. */
	public static final List<String> POST_LANGUAGES = List.of("da", "de", "en");

	/** Languages a post may ask for and a bidder may name (ISO 639-1). */
	public static final List<String> LANGUAGES = List.of("da", "de", "en", "sv", "no", "nl", "fr", "es", "it", "pl",
			"pt", "fi", "tl", "hi");

	private static final Pattern WORK_TYPE = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,59}$");

	private static final BigDecimal MAX_RATE = new BigDecimal("1000000");

	private PostChecks() {
	}

	/** The terms checked and tidied; throws on the first field that is wrong. */
	static Checked check(NewJobPost n, String defaultLanguage, Set<String> knownWorkTypes, Set<String> scopeKinds,
			LocalDate today, List<String> defaultCriteria) {
		String language = n.language() == null || n.language().isBlank() ? defaultLanguage
				: n.language().strip().toLowerCase(Locale.ROOT);
		if (!POST_LANGUAGES.contains(language)) {
			throw invalid("/language", "language");
		}
		String title = text("/title", n.title(), 200);
		if (title.isEmpty()) {
			throw invalid("/title", "title");
		}
		List<String> workTypes = new ArrayList<>();
		List<String> typed = n.workTypes() == null ? List.of() : n.workTypes();
		for (int i = 0; i < typed.size(); i++) {
			String t = typed.get(i) == null ? "" : typed.get(i).strip().toLowerCase(Locale.ROOT);
			if (!WORK_TYPE.matcher(t).matches() || !knownWorkTypes.contains(t)) {
				throw new InvalidInputException("/workTypes/" + i, Text.of("hiring.post.error.workType", t));
			}
			if (!workTypes.contains(t)) {
				workTypes.add(t);
			}
		}
		List<String> languages = languages("/languages", n.languages());
		if (n.overlapStart() != null && n.overlapEnd() == null) {
			throw invalid("/overlapEnd", "overlap");
		}
		if (n.overlapStart() == null && n.overlapEnd() != null) {
			throw invalid("/overlapStart", "overlap");
		}
		if (n.overlapStart() != null && !n.overlapEnd().isAfter(n.overlapStart())) {
			throw invalid("/overlapEnd", "overlap");
		}
		Integer hours = n.hoursPerWeek();
		if (hours != null && (hours < 1 || hours > 80)) {
			throw invalid("/hoursPerWeek", "hoursPerWeek");
		}
		BigDecimal rate = n.maxRate();
		if (rate == null || rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0
				|| rate.stripTrailingZeros().scale() > 2) {
			throw invalid("/maxRate", "maxRate");
		}
		String currency = n.currency() == null ? "" : n.currency().strip().toUpperCase(Locale.ROOT);
		if (!Money.CURRENCIES.contains(currency)) {
			throw invalid("/currency", "currency");
		}
		ContractKind kind = n.contractKind();
		if (kind == null) {
			throw invalid("/contractKind", "contractKind");
		}
		int trial = n.trialDays() == null ? 30 : n.trialDays();
		if (trial < 0 || trial > 365) {
			throw invalid("/trialDays", "trialDays");
		}
		Integer firstResponse = n.targetFirstResponseMinutes();
		if (firstResponse != null && (firstResponse < 1 || firstResponse > 10080)) {
			throw invalid("/targetFirstResponseMinutes", "firstResponse");
		}
		Integer perWeek = n.targetItemsPerWeek();
		if (perWeek != null && (perWeek < 1 || perWeek > 10000)) {
			throw invalid("/targetItemsPerWeek", "itemsPerWeek");
		}
		List<String> scopes = new ArrayList<>();
		List<String> typedScopes = n.scopes() == null ? List.of() : n.scopes();
		for (int i = 0; i < typedScopes.size(); i++) {
			String s = typedScopes.get(i) == null ? "" : typedScopes.get(i).strip();
			if (s.isEmpty()) {
				continue;
			}
			ScopeRef ref;
			try {
				ref = ScopeRef.parse(s);
			}
			catch (InvalidInputException e) {
				throw new InvalidInputException("/scopes/" + i, e.text());
			}
			if (!scopeKinds.contains(ref.kind())) {
				throw new InvalidInputException("/scopes/" + i, Text.of("input.scopeKind", ref.kind()));
			}
			if (!scopes.contains(ref.toString())) {
				scopes.add(ref.toString());
			}
		}
		List<String> criteria = new ArrayList<>(
				new LinkedHashSet<>((n.criteria() == null ? List.<String>of() : n.criteria()).stream()
					.map(c -> c == null ? "" : c.strip())
					.filter(c -> !c.isEmpty())
					.toList()));
		for (int i = 0; i < criteria.size(); i++) {
			if (criteria.get(i).length() > 200) {
				throw new InvalidInputException("/criteria/" + i, Text.of("hiring.post.error.length", 200));
			}
		}
		if (criteria.size() > 20) {
			throw invalid("/criteria", "criteria");
		}
		if (criteria.isEmpty()) {
			criteria = defaultCriteria;
		}
		if (n.closesOn() != null && (n.closesOn().isBefore(today) || n.closesOn().getYear() > 2100)) {
			throw invalid("/closesOn", "closesOn");
		}
		return new Checked(language, title, text("/description", n.description(), 20000), workTypes, languages,
				rate.setScale(2), currency, kind, trial, text("/trialTargets", n.trialTargets(), 2000), scopes,
				text("/sampleTask", n.sampleTask(), 20000), criteria);
	}

	/** Known language codes, lower case, each once. */
	public static List<String> languages(String pointer, @Nullable List<String> typed) {
		List<String> out = new ArrayList<>();
		List<String> in = typed == null ? List.of() : typed;
		for (int i = 0; i < in.size(); i++) {
			String l = in.get(i) == null ? "" : in.get(i).strip().toLowerCase(Locale.ROOT);
			if (l.isEmpty()) {
				continue;
			}
			if (!LANGUAGES.contains(l)) {
				throw new InvalidInputException(pointer + "/" + i, Text.of("hiring.post.error.languageCode", l));
			}
			if (!out.contains(l)) {
				out.add(l);
			}
		}
		return out;
	}

	static String text(String pointer, @Nullable String typed, int max) {
		String t = typed == null ? "" : typed.strip();
		if (t.length() > max) {
			throw new InvalidInputException(pointer, Text.of("hiring.post.error.length", max));
		}
		return t;
	}

	static InvalidInputException invalid(String pointer, String reason) {
		return new InvalidInputException(pointer, Text.of("hiring.post.error." + reason));
	}

	record Checked(String language, String title, String description, List<String> workTypes, List<String> languages,
			BigDecimal maxRate, String currency, ContractKind kind, int trialDays, String trialTargets,
			List<String> scopes, String sampleTask, List<String> criteria) {
	}

}
