package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "workspace", name = "workspace")
class Workspace {

	@Id
	UUID id;

	String slug;

	String name;

	String timeZone;

	String country;

	@Nullable String subdivision;

	String defaultLanguage;

	String ndaText;

	int ndaVersion;

	Instant createdAt;

	@Version
	@Nullable Long version;

	Workspace(UUID id, String slug, String name, String timeZone, String country, @Nullable String subdivision,
			String defaultLanguage, String ndaText, int ndaVersion, Instant createdAt) {
		this.id = id;
		this.slug = slug;
		this.name = name;
		this.timeZone = timeZone;
		this.country = country;
		this.subdivision = subdivision;
		this.defaultLanguage = defaultLanguage;
		this.ndaText = ndaText;
		this.ndaVersion = ndaVersion;
		this.createdAt = createdAt;
	}

	/** Changing the NDA text makes every assistant accept it again. */
	void changeNda(String text) {
		if (!text.equals(ndaText)) {
			ndaText = text;
			ndaVersion++;
		}
	}

	WorkspaceView view() {
		return new WorkspaceView(new WorkspaceId(id), slug, name, ZoneId.of(timeZone), country, subdivision,
				defaultLanguage, ndaText, ndaVersion);
	}

}
