package nl.verbinder.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Checks a refusal the way a user meets it: which field and message key, and the text
 * {@link ErrorText} shows in Dutch and in English.
 * {@code assertRefused(() -> partners.create(p)).onField("postcode", "error.postcode").saysInDutch("geen Nederlandse postcode")}.
 */
public final class RefusalAssert {

    /** A key that is missing from the bundles shows as {@code !key!}. */
    private static final String MISSING_KEY = "![a-z][a-zA-Z0-9.-]*!";

    private final VerbinderException refusal;

    private RefusalAssert(VerbinderException refusal) {
        this.refusal = refusal;
    }

    /** Runs the action and expects it to throw a {@link VerbinderException}. */
    public static RefusalAssert assertRefused(ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).as("the refusal").isInstanceOf(VerbinderException.class);
        return new RefusalAssert((VerbinderException) thrown);
    }

    /** The refusal is invalid input with (at least) this error on this field. */
    public RefusalAssert onField(String field, String messageKey) {
        assertThat(refusal).isInstanceOf(ValidationException.class);
        assertThat(validation().errors())
                .extracting(FieldError::field, FieldError::messageKey)
                .contains(tuple(field, messageKey));
        return this;
    }

    /** The refusal is invalid input with exactly these many field errors. */
    public RefusalAssert withErrorCount(int count) {
        assertThat(validation().errors()).hasSize(count);
        return this;
    }

    public RefusalAssert withKey(String messageKey) {
        assertThat(refusal.messageKey()).isEqualTo(messageKey);
        return this;
    }

    public RefusalAssert saysInDutch(String... fragments) {
        assertThat(dutch()).contains(fragments).doesNotContainPattern(MISSING_KEY);
        return this;
    }

    public RefusalAssert saysInEnglish(String... fragments) {
        assertThat(english()).contains(fragments).doesNotContainPattern(MISSING_KEY);
        return this;
    }

    public String dutch() {
        return ErrorText.describe(Messages.dutch(), refusal);
    }

    public String english() {
        return ErrorText.describe(Messages.english(), refusal);
    }

    public ValidationException validation() {
        assertThat(refusal).isInstanceOf(ValidationException.class);
        return (ValidationException) refusal;
    }

    public VerbinderException refusal() {
        return refusal;
    }
}
