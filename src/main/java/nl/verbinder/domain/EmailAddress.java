package nl.verbinder.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses: one {@code @}, a domain with a dot, no spaces. */
public final class EmailAddress {

    private static final Pattern SHAPE =
            Pattern.compile("[^\\s@\"<>,;]+@[^\\s@\"<>,;.]+(\\.[^\\s@\"<>,;.]+)+");

    private EmailAddress() {
    }

    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }
}
