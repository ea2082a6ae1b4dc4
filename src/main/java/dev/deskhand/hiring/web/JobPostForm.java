package dev.deskhand.hiring.web;

import dev.deskhand.billing.ContractKind;
import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.NewJobPost;
import dev.deskhand.shared.FormValues;
import dev.deskhand.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the post form sends, kept as typed so a refused form shows it again. Scopes and
 * criteria are one per line.
 */
record JobPostForm(@Nullable String language, @Nullable String title, @Nullable String description,
		@Nullable List<String> workTypes, @Nullable List<String> languages, @Nullable String overlapStart,
		@Nullable String overlapEnd, @Nullable String hoursPerWeek, @Nullable String maxRate, @Nullable String currency,
		@Nullable ContractKind contractKind, @Nullable String trialDays, @Nullable String targetFirstResponseMinutes,
		@Nullable String targetItemsPerWeek, @Nullable String trialTargets, @Nullable String scopes,
		@Nullable String sampleTask, @Nullable String criteria, @Nullable String closesOn) {

	static JobPostForm blank(String language, LocalDate today) {
		return new JobPostForm(language, "", "", List.of("email"), List.of(language), "09:00", "15:00", "20", "", "DKK",
				ContractKind.HOURLY, "30", "60", "", "", "", "", "", today.plusDays(21).toString());
	}

	static JobPostForm of(JobPostView p) {
		return new JobPostForm(p.language(), p.title(), p.description(), p.workTypes(), p.languages(),
				p.overlapStart() == null ? "" : p.overlapStart().toString(),
				p.overlapEnd() == null ? "" : p.overlapEnd().toString(),
				p.hoursPerWeek() == null ? "" : p.hoursPerWeek().toString(), p.maxRate().toPlainString(), p.currency(),
				p.contractKind(), String.valueOf(p.trialDays()),
				p.targetFirstResponseMinutes() == null ? "" : p.targetFirstResponseMinutes().toString(),
				p.targetItemsPerWeek() == null ? "" : p.targetItemsPerWeek().toString(), p.trialTargets(),
				String.join("\n", p.scopes()), p.sampleTask(), String.join("\n", p.criteria()),
				p.closesOn() == null ? "" : p.closesOn().toString());
	}

	public boolean hasType(String type) {
		return workTypes != null && workTypes.contains(type);
	}

	public boolean hasLanguage(String code) {
		return languages != null && languages.contains(code);
	}

	NewJobPost toNew() {
		return new NewJobPost(language, title, description, workTypes, languages, time("/overlapStart", overlapStart),
				time("/overlapEnd", overlapEnd), integer("/hoursPerWeek", hoursPerWeek), number("/maxRate", maxRate),
				currency, contractKind, integer("/trialDays", trialDays),
				integer("/targetFirstResponseMinutes", targetFirstResponseMinutes),
				integer("/targetItemsPerWeek", targetItemsPerWeek), trialTargets, lines(scopes), sampleTask,
				lines(criteria), date("/closesOn", closesOn));
	}

	static List<String> lines(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static @Nullable Integer integer(String pointer, @Nullable String typed) {
		return FormValues.integer(pointer, typed, Text.of("hiring.form.number"));
	}

	static @Nullable BigDecimal number(String pointer, @Nullable String typed) {
		return FormValues.decimal(pointer, typed, Text.of("hiring.form.number"));
	}

	static @Nullable LocalDate date(String pointer, @Nullable String typed) {
		return FormValues.date(pointer, typed, Text.of("hiring.form.date"));
	}

	static @Nullable LocalTime time(String pointer, @Nullable String typed) {
		return FormValues.time(pointer, typed, Text.of("hiring.form.time"));
	}

}
