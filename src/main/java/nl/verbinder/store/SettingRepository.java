package nl.verbinder.store;

import java.time.Instant;
import java.util.Map;

/** Settings of the practice as key/value text; a key that is not stored means its default. */
public interface SettingRepository {

    /** The stored settings whose key starts with the prefix, by key. */
    Map<String, String> withPrefix(String prefix);

    void put(String key, String value, Instant now);

    /** Removes the key, so its default applies again; false when it was not stored. */
    boolean remove(String key);
}
