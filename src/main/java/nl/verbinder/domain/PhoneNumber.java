package nl.verbinder.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as Dutch practices write them: national numbers of ten digits
 * ({@code 020-123 45 67}, {@code 06 12345678}), the same with {@code +31} or {@code 0031} (also
 * with the trunk zero in brackets, {@code +31 (0)20 123 45 67}), service numbers ({@code 0800-1234}), the municipalities' short {@code 14} numbers, and
 * foreign numbers in international form ({@code +32 ...}). The number is kept as written,
 * only trimmed; validation looks at the digits.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0().\\-/]");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern SERVICE = Pattern.compile("0(800|900|906|909)[0-9]{4,7}");
    private static final Pattern MUNICIPALITY = Pattern.compile("14[0-9]{3,4}");
    private static final Pattern FOREIGN = Pattern.compile("\\+(?!31)[1-9][0-9]{6,14}");

    private PhoneNumber() {
    }

    /** The number as written (trimmed), or empty when it is not a phone number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw).replaceAll("");
        if (FOREIGN.matcher(digits).matches()) {
            return Optional.of(raw.strip());
        }
        String national;
        if (digits.startsWith("+310") || digits.startsWith("00310")) {
            // "+31 (0)20 ..." keeps the trunk zero in brackets; without the brackets it is the national number.
            national = digits.substring(digits.indexOf("310") + 2);
        } else if (digits.startsWith("+31")) {
            national = "0" + digits.substring(3);
        } else if (digits.startsWith("0031")) {
            national = "0" + digits.substring(4);
        } else {
            national = digits;
        }
        if (national.startsWith("00")) {
            return Optional.empty();
        }
        boolean valid = NATIONAL.matcher(national).matches()
                || SERVICE.matcher(national).matches()
                || MUNICIPALITY.matcher(national).matches();
        return valid ? Optional.of(raw.strip().replaceAll("\\s+", " ")) : Optional.empty();
    }
}
