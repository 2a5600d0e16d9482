package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerDuplicate;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Texts;
import nl.verbinder.store.PartnerRepository;

/** Partners in SQLite: the {@code partner} and {@code partner_tag} tables. */
public final class JdbcPartnerRepository implements PartnerRepository {

    private static final char TAG_SEPARATOR = '\u001F';

    private static final String OVERVIEW_SELECT = """
            SELECT p.*, t.name AS owner_name,
                   (SELECT max(m.moment_date) FROM contact_moment m WHERE m.partner_id = p.id) AS last_contact,
                   (SELECT count(*) FROM contact_person c WHERE c.partner_id = p.id) AS person_count,
                   (SELECT group_concat(g.tag, '\u001F') FROM partner_tag g WHERE g.partner_id = p.id) AS tag_list
            FROM partner p
            LEFT JOIN therapist t ON t.id = p.owner_id
            """;

    private final Database database;

    public JdbcPartnerRepository(Database database) {
        this.database = database;
    }

    @Override
    public long insert(Partner p, Instant now) {
        Connection c = database.connection();
        long id = Sql.insert(c, """
                INSERT INTO partner (name, kind, category, street, postcode, city, phone, email, website,
                                     how_we_know, what_they_mean_for_us, what_we_mean_for_them, rhythm_days,
                                     status, trust, owner_id, notes, created_at, updated_at, version, known_since)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                """,
                p.name(), p.kind(), p.category(), p.street(), p.postcode(), p.city(), p.phone(), p.email(),
                p.website(), p.howWeKnowEachOther(), p.whatTheyMeanForUs(), p.whatWeMeanForThem(), p.rhythmDays(),
                p.status(), p.trust(), p.ownerId(), p.notes(), now, now, p.knownSince());
        writeTags(c, id, p.tags());
        return id;
    }

    @Override
    public boolean update(Partner p, Instant now) {
        Connection c = database.connection();
        int changed = Sql.update(c, """
                UPDATE partner
                SET name = ?, kind = ?, category = ?, street = ?, postcode = ?, city = ?, phone = ?, email = ?,
                    website = ?, how_we_know = ?, what_they_mean_for_us = ?, what_we_mean_for_them = ?,
                    rhythm_days = ?, status = ?, trust = ?, owner_id = ?, notes = ?, updated_at = ?,
                    known_since = ?, version = version + 1
                WHERE id = ? AND version = ?
                """,
                p.name(), p.kind(), p.category(), p.street(), p.postcode(), p.city(), p.phone(), p.email(),
                p.website(), p.howWeKnowEachOther(), p.whatTheyMeanForUs(), p.whatWeMeanForThem(), p.rhythmDays(),
                p.status(), p.trust(), p.ownerId(), p.notes(), now, p.knownSince(), p.id(), p.version());
        if (changed == 0) {
            return false;
        }
        // Only the tags that went are deleted, so the history shows the tags that changed, not all of them.
        List<String> kept = p.tags().stream().map(Texts::clean).filter(t -> t != null).toList();
        List<Object> params = new ArrayList<>();
        params.add(p.id());
        params.addAll(kept);
        Sql.update(c, "DELETE FROM partner_tag WHERE partner_id = ?"
                + (kept.isEmpty() ? "" : " AND tag NOT IN (" + Sql.placeholders(kept.size()) + ")"), params.toArray());
        writeTags(c, p.id(), p.tags());
        return true;
    }

    @Override
    public Optional<Partner> find(long id) {
        return Sql.one(database.connection(), """
                SELECT p.*, (SELECT group_concat(g.tag, '\u001F') FROM partner_tag g WHERE g.partner_id = p.id) AS tag_list
                FROM partner p WHERE p.id = ?
                """, JdbcPartnerRepository::partner, id);
    }

    @Override
    public List<Partner> findByName(String name) {
        return Sql.list(database.connection(), """
                SELECT p.*, (SELECT group_concat(g.tag, '\u001F') FROM partner_tag g WHERE g.partner_id = p.id) AS tag_list
                FROM partner p WHERE p.deleted_at IS NULL AND fold(p.name) = ? ORDER BY p.id
                """, JdbcPartnerRepository::partner, Texts.fold(Texts.clean(name)));
    }

    @Override
    public List<Partner> findByNameContaining(String text, int limit) {
        return Sql.list(database.connection(), """
                SELECT p.*, (SELECT group_concat(g.tag, '\u001F') FROM partner_tag g WHERE g.partner_id = p.id) AS tag_list
                FROM partner p WHERE p.deleted_at IS NULL AND instr(fold(p.name), ?) > 0
                ORDER BY p.name COLLATE NOCASE LIMIT ?
                """, JdbcPartnerRepository::partner, Texts.fold(Texts.clean(text)), limit);
    }

    @Override
    public List<PartnerOverview> list(PartnerQuery query, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        String sql = "SELECT * FROM (" + OVERVIEW_SELECT + ") p " + where + " ORDER BY p.name COLLATE NOCASE, p.id";
        if (query.limit() > 0) {
            sql += " LIMIT ? OFFSET ?";
            params.add(query.limit());
            params.add(query.offset());
        }
        return Sql.list(database.connection(), sql, JdbcPartnerRepository::overview, params.toArray());
    }

    @Override
    public int count(PartnerQuery query, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return Sql.integer(database.connection(), "SELECT count(*) FROM partner p " + where, params.toArray());
    }

    @Override
    public List<PartnerOverview> overviews(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.list(database.connection(),
                OVERVIEW_SELECT + " WHERE p.id IN (" + Sql.placeholders(ids.size()) + ") ORDER BY p.name COLLATE NOCASE",
                JdbcPartnerRepository::overview, ids.toArray());
    }

    @Override
    public List<PartnerOverview> trash() {
        return Sql.list(database.connection(),
                OVERVIEW_SELECT + " WHERE p.deleted_at IS NOT NULL ORDER BY p.deleted_at DESC, p.id DESC",
                JdbcPartnerRepository::overview);
    }

    @Override
    public boolean moveToTrash(long id, Instant now) {
        return Sql.update(database.connection(),
                "UPDATE partner SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL",
                now, now, id) == 1;
    }

    @Override
    public boolean restore(long id, Instant now) {
        return Sql.update(database.connection(),
                "UPDATE partner SET deleted_at = NULL, updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL",
                now, id) == 1;
    }

    @Override
    public void deleteForGood(long id) {
        // Contact persons, moments, tags and links go by ON DELETE CASCADE.
        Sql.update(database.connection(), "DELETE FROM partner WHERE id = ?", id);
    }

    @Override
    public void recordCreatedAt(long id, Instant createdAt) {
        Sql.update(database.connection(), "UPDATE partner SET created_at = ? WHERE id = ?", createdAt, id);
    }

    @Override
    public int countActiveRecords() {
        return Sql.integer(database.connection(), "SELECT count(*) FROM partner WHERE deleted_at IS NULL");
    }

    @Override
    public List<PartnerDuplicate> likelyDuplicates() {
        Connection c = database.connection();
        // Joins on equal keys, so SQLite uses the postcode index and an automatic index on
        // the e-mail addresses instead of comparing every pair.
        List<Object[]> pairs = Sql.list(c, """
                WITH live AS (SELECT id, postcode, fold(name) AS folded, lower(email) AS mail
                              FROM partner WHERE deleted_at IS NULL)
                SELECT a.id, b.id, 'same-name-and-postcode' FROM live a
                JOIN live b ON b.postcode = a.postcode AND b.folded = a.folded AND b.id > a.id
                WHERE a.postcode IS NOT NULL
                UNION
                SELECT a.id, b.id, 'same-email' FROM live a
                JOIN live b ON b.mail = a.mail AND b.id > a.id
                WHERE a.mail IS NOT NULL
                ORDER BY 1, 2, 3 DESC
                """, row -> new Object[] {row.getLong(1), row.getLong(2), row.getString(3)});
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        pairs.forEach(p -> {
            ids.add((Long) p[0]);
            ids.add((Long) p[1]);
        });
        Map<Long, PartnerOverview> byId = new HashMap<>();
        overviews(ids).forEach(o -> byId.put(o.id(), o));
        Map<String, PartnerDuplicate> unique = new LinkedHashMap<>();
        for (Object[] pair : pairs) {
            PartnerDuplicate.Reason reason = "same-email".equals(pair[2]) ? PartnerDuplicate.Reason.SAME_EMAIL
                    : PartnerDuplicate.Reason.SAME_NAME_AND_POSTCODE;
            // A pair found for both reasons is named once, by its name and postcode.
            unique.putIfAbsent(pair[0] + "-" + pair[1], new PartnerDuplicate(byId.get((Long) pair[0]),
                    byId.get((Long) pair[1]), reason));
        }
        return List.copyOf(unique.values());
    }

    /**
     * The WHERE clause of a partner list. The search goes through the search index
     * {@code partner_search} (see V2 of each database's migrations): every word must be the start of a word in the name,
     * city, notes, tags or contact persons' names, ignoring case and accents.
     */
    private String where(PartnerQuery query, List<Object> params) {
        Filters filters = new Filters(params).and("p.deleted_at IS NULL");
        if (!query.categories().isEmpty()) {
            filters.and("p.category IN (" + Sql.placeholders(query.categories().size()) + ")",
                    query.categories().toArray());
        }
        if (!query.statuses().isEmpty()) {
            filters.and("p.status IN (" + Sql.placeholders(query.statuses().size()) + ")", query.statuses().toArray());
        }
        filters.andIfGiven("p.owner_id = ?", query.ownerId());
        if (query.ids() != null) {
            filters.and(database.dialect().idIn("p.id", query.ids(), params));
        }
        String search = database.dialect().partnerSearch(query.search(), params);
        if (search != null) {
            filters.and(search);
        }
        return "WHERE " + filters.sql();
    }

    private static void writeTags(Connection c, long partnerId, List<String> tags) {
        List<Object[]> rows = tags.stream()
                .map(Texts::clean)
                .filter(t -> t != null)
                .map(t -> new Object[] {partnerId, t})
                .toList();
        Sql.batch(c, "INSERT INTO partner_tag (partner_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING", rows);
    }

    static Partner partner(ResultSet row) throws SQLException {
        return new Partner(
                row.getLong("id"),
                row.getString("name"),
                Sql.coded(row, "kind", PartnerKind.class),
                Sql.coded(row, "category", Category.class),
                row.getString("street"),
                row.getString("postcode"),
                row.getString("city"),
                row.getString("phone"),
                row.getString("email"),
                row.getString("website"),
                row.getString("how_we_know"),
                row.getString("what_they_mean_for_us"),
                row.getString("what_we_mean_for_them"),
                Sql.nullableInt(row, "rhythm_days"),
                Sql.coded(row, "status", PartnerStatus.class),
                Sql.nullableInt(row, "trust"),
                Sql.nullableLong(row, "owner_id"),
                tags(row.getString("tag_list")),
                row.getString("notes"),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"),
                row.getInt("version"),
                Sql.instant(row, "deleted_at"),
                Sql.date(row, "known_since"));
    }

    private static PartnerOverview overview(ResultSet row) throws SQLException {
        return new PartnerOverview(partner(row), row.getString("owner_name"), Sql.date(row, "last_contact"),
                row.getInt("person_count"));
    }

    private static List<String> tags(String list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(list.split(String.valueOf(TAG_SEPARATOR)))
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
