package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Saved replies refuse placeholders Deskhand cannot fill (they were sent as blank text),
 * are edited in place, and are previewed filled in for an item, naming what came out
 * empty.
 */
@IntegrationTest
class SavedReplyPlaceholderTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	AccessPolicy policy;

	@Test
	void refusesAnUnknownPlaceholderAtSaveAndNamesIt() {
		var ws = fixtures.workspace("replies");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_VIEW));
		assertThatThrownBy(() -> setup.addSavedReply(owner, "da", "Sending", "Sendingsnummer: {{shipment.number}}."))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("{{shipment.number}}")
			.satisfies(e -> {
				assertThat(((InvalidInputException) e).field()).isEqualTo("/body");
				assertThat(((InvalidInputException) e).messageKey()).isEqualTo("playbook.error.placeholder");
			});
		assertThatThrownBy(() -> setup.addSavedReply(owner, "da", "Kunde", "Hej {{ Customer_Name }}"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Customer_Name");
		assertThat(setup.savedReplies(owner)).isEmpty();
	}

	@Test
	void editsAReplyInPlaceAndPreviewsItFilledIn() {
		var ws = fixtures.workspace("replies");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_VIEW));
		SavedReplyView reply = setup.addSavedReply(owner, "da", "Tak", "Hej {{customer.name}}");
		SavedReplyView edited = setup.updateSavedReply(owner, reply.id(), "da", "Tak",
				"Hej {{customer.name}}, vi har modtaget {{item.reference}}.");
		assertThat(setup.savedReplies(owner)).containsExactly(edited);
		assertThatThrownBy(() -> setup.updateSavedReply(owner, reply.id(), "da", "Tak", "{{shipment.number}}"))
			.isInstanceOf(InvalidInputException.class);

		WorkItemView noCustomer = work.create(owner, NewWorkItem.of("email", "Spørgsmål"));
		SavedReplyPreview preview = work.previewReply(owner, noCustomer.id(), reply.id());
		assertThat(preview.text()).isEqualTo("Hej , vi har modtaget " + noCustomer.reference() + ".");
		assertThat(preview.empty()).containsExactly("customer.name");

		WorkItemView withCustomer = work.create(owner,
				new NewWorkItem("email", "Spørgsmål", null, null, null, null, "Carlsberg", null, null));
		assertThat(work.previewReply(owner, withCustomer.id(), reply.id()).empty()).isEmpty();
	}

}
