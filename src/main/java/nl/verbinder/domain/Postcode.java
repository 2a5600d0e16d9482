package nl.verbinder.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dutch postcodes: four digits (not starting with 0) and two letters, written as
 * {@code 1234 AB}. The letter pairs SA, SD and SS are never issued.
 */
public final class Postcode {

    private static final Pattern COMPACT = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    private Postcode() {
    }

    /** The normalised form ({@code 1234 AB}) of a postcode as typed, or empty when it is not one. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s\\u00A0]", "").toUpperCase(Locale.ROOT);
        if (!COMPACT.matcher(compact).matches()) {
            return Optional.empty();
        }
        String letters = compact.substring(4);
        if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, 4) + " " + letters);
    }
}
