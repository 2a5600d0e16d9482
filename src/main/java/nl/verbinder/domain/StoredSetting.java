package nl.verbinder.domain;

/**
 * One setting of the practice as it was read, so an edit can be based on it: its value and
 * version, or {@code null} and 0 when it is not stored (its default applies). An edit is only
 * saved while the setting is still this (value and version: a setting reset to its default and
 * set again starts at version 1 again, so the version alone would not tell).
 */
public record StoredSetting(String key, String value, int version) {

    /** The setting as not stored. */
    public static StoredSetting absent(String key) {
        return new StoredSetting(key, null, 0);
    }

    public boolean stored() {
        return version > 0;
    }
}
