package dev.deskhand.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.workspace.MemberId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Ids appear in JSON as plain UUID strings, both ways. */
class IdJsonTests {

	record Holder(WorkspaceId workspace, MemberId member) {
	}

	@Test
	void idsAreWrittenAndReadAsPlainStrings() {
		JsonMapper json = JsonMapper.builder().build();
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		String text = json.writeValueAsString(new Holder(new WorkspaceId(a), new MemberId(b)));
		assertThat(text).isEqualTo("{\"workspace\":\"" + a + "\",\"member\":\"" + b + "\"}");
		assertThat(json.readValue(text, Holder.class)).isEqualTo(new Holder(new WorkspaceId(a), new MemberId(b)));
	}

}
