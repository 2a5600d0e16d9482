package nl.verbinder.store.jdbc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbinder.domain.StoredSetting;
import nl.verbinder.store.SettingRepository;

/** Settings in the {@code setting} table. */
public final class JdbcSettingRepository implements SettingRepository {

    private final Database database;

    public JdbcSettingRepository(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> settings = new LinkedHashMap<>();
        // substr instead of LIKE: a key may contain '_' or '%'.
        Sql.list(database.connection(), "SELECT key, value FROM setting WHERE substr(key, 1, ?) = ? ORDER BY key",
                row -> settings.put(row.getString(1), row.getString(2)), prefix.length(), prefix);
        return settings;
    }

    @Override
    public void put(String key, String value, Instant now) {
        Sql.update(database.connection(), """
                INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
                    version = setting.version + 1
                """, key, value, now);
    }

    @Override
    public boolean remove(String key) {
        return Sql.update(database.connection(), "DELETE FROM setting WHERE key = ?", key) == 1;
    }

    @Override
    public StoredSetting stored(String key) {
        return Sql.one(database.connection(), "SELECT value, version FROM setting WHERE key = ?",
                row -> new StoredSetting(key, row.getString(1), row.getInt(2)), key)
                .orElse(StoredSetting.absent(key));
    }

    @Override
    public boolean put(String key, String value, StoredSetting seen, Instant now) {
        if (!seen.stored()) {
            // Not stored when read: only a row no one else made meanwhile may be added.
            return Sql.update(database.connection(), """
                    INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (key) DO NOTHING
                    """, key, value, now) == 1;
        }
        return Sql.update(database.connection(), """
                UPDATE setting SET value = ?, updated_at = ?, version = version + 1
                WHERE key = ? AND version = ? AND value = ?
                """, value, now, key, seen.version(), seen.value()) == 1;
    }

    @Override
    public boolean remove(StoredSetting seen) {
        if (!seen.stored()) {
            return !stored(seen.key()).stored();
        }
        return Sql.update(database.connection(), "DELETE FROM setting WHERE key = ? AND version = ? AND value = ?",
                seen.key(), seen.version(), seen.value()) == 1;
    }
}
