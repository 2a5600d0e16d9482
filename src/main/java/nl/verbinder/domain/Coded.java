package nl.verbinder.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * An enum value with a stable code (stored in the database, used on the command line and in
 * exports) and a resource-bundle key for its label in the user's language.
 */
public interface Coded {

    /** The stable code, for example {@code sports-club}. Never changes once shipped. */
    String code();

    /** The bundle key of the label, for example {@code category.sports-club}. */
    String labelKey();

    /** Finds the constant with the given code, or {@code null}. */
    static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
        return type.cast(Codes.BY_TYPE.get(type).get(code));
    }

    /** Like {@link #byCode} but for values read from storage, where an unknown code is a bug. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        E value = byCode(type, code);
        if (value == null) {
            throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " code: " + code);
        }
        return value;
    }

    /** The constants of each coded enum by code, built once per type: lists read thousands of rows. */
    final class Codes {
        private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> map = new HashMap<>();
                for (Object value : type.getEnumConstants()) {
                    map.putIfAbsent(((Coded) value).code(), value);
                }
                return Map.copyOf(map);
            }
        };

        private Codes() {
        }
    }
}
