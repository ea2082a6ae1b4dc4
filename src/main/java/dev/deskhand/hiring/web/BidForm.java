package dev.deskhand.hiring.web;

import dev.deskhand.hiring.NewBid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the public bid form sends, kept as typed so a refused bid shows it again. */
record BidForm(@Nullable String name, @Nullable String email, @Nullable String rate, @Nullable String timeZone,
		@Nullable String availability, @Nullable String hoursPerWeek, @Nullable List<String> languages,
		@Nullable String coverNote, @Nullable String sampleAnswer) {

	static BidForm blank(List<String> languages) {
		return new BidForm("", "", "", "", "mon-fri 09:00-17:00", "", languages, "", "");
	}

	public boolean hasLanguage(String code) {
		return languages != null && languages.contains(code);
	}

	NewBid toNew() {
		return new NewBid(name, email, JobPostForm.number("/rate", rate), timeZone, availability,
				JobPostForm.integer("/hoursPerWeek", hoursPerWeek), languages, coverNote, sampleAnswer);
	}

}
