package dev.deskhand.billing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.shared.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions the contract tests share. */
final class ContractTestSupport {

	private ContractTestSupport() {
	}

	/** The call is refused with 400 naming {@code pointer} and the reason's key. */
	static void refused(ThrowingCallable call, String pointer, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.field()).isEqualTo(pointer);
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}

}
