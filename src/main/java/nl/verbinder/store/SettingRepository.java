package nl.verbinder.store;

import java.time.Instant;
import java.util.Map;
import nl.verbinder.domain.StoredSetting;

/** Settings of the practice as key/value text; a key that is not stored means its default. */
public interface SettingRepository {

    /** The stored settings whose key starts with the prefix, by key. */
    Map<String, String> withPrefix(String prefix);

    void put(String key, String value, Instant now);

    /** Removes the key, so its default applies again; false when it was not stored. */
    boolean remove(String key);

    /** The setting as stored now, or {@link StoredSetting#absent} when it is not. */
    StoredSetting stored(String key);

    /**
     * Stores the value only when the setting is still as the edit saw it ({@code seen}: value and
     * version, or absent); false when someone changed it since.
     */
    boolean put(String key, String value, StoredSetting seen, Instant now);

    /** Removes the key only when it is still as the edit saw it; false when someone changed it since. */
    boolean remove(StoredSetting seen);
}
