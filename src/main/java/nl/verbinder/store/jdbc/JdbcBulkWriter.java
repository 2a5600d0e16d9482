package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.Texts;
import nl.verbinder.store.BulkWriter;

/**
 * Bulk writes for generated data: one prepared statement per table, batched. When any batch
 * is full, all are flushed in the order of the foreign keys (therapists before partners
 * before moments), so every row finds what it points to.
 */
public final class JdbcBulkWriter implements BulkWriter {

    static final int BATCH = 2_000;

    private final Database database;

    public JdbcBulkWriter(Database database) {
        this.database = database;
    }

    @Override
    public Session open() {
        return new BulkSession(database.connection(), database.dialect());
    }

    /** One table's prepared statement and how many rows wait in its batch. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;

        Batch(Connection c, String sql) {
            try {
                statement = c.prepareStatement(sql);
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        void add(Object... params) {
            try {
                Sql.bind(statement, params);
                statement.addBatch();
                pending++;
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        void flush() {
            if (pending == 0) {
                return;
            }
            try {
                statement.executeBatch();
                pending = 0;
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        void close() {
            try {
                statement.close();
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }
    }

    private static final class BulkSession implements Session {

        private final Batch therapists;
        private final Batch partners;
        private final Batch tags;
        private final Batch persons;
        private final Batch goals;
        private final Batch goalPartners;
        private final Batch moments;
        private final Batch momentTherapists;
        private final Batch momentPersons;
        private final Batch momentGoals;
        private final Batch notes;
        private final Batch notePartners;
        /** In foreign-key order. */
        private final List<Batch> all = new ArrayList<>();
        private int pending;
        private final Connection connection;
        private final Dialect dialect;

        BulkSession(Connection c, Dialect dialect) {
            this.connection = c;
            this.dialect = dialect;
            therapists = add(c, """
                    INSERT INTO therapist (id, name, role, active, competences, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0)""");
            partners = add(c, """
                    INSERT INTO partner (id, name, kind, category, street, postcode, city, phone, email, website,
                                         how_we_know, what_they_mean_for_us, what_we_mean_for_them, rhythm_days,
                                         status, trust, owner_id, notes, created_at, updated_at, version, known_since)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""");
            tags = add(c, "INSERT INTO partner_tag (partner_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING");
            persons = add(c, """
                    INSERT INTO contact_person (id, partner_id, name, role, email, phone, linkedin_url, notes,
                                                created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
            goals = add(c, """
                    INSERT INTO shared_goal (id, title, what_is_going_on, what_matters_for_patient, possibilities,
                                             what_we_go_for, status, target_date, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
            goalPartners = add(c, "INSERT INTO shared_goal_partner (goal_id, partner_id) VALUES (?, ?)");
            moments = add(c, """
                    INSERT INTO contact_moment (id, partner_id, moment_date, kind, summary, offered, asked, follow_up,
                                                follow_up_due, follow_up_done, logged_by, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
            momentTherapists = add(c, "INSERT INTO contact_moment_therapist (moment_id, therapist_id) VALUES (?, ?)");
            momentPersons = add(c, "INSERT INTO contact_moment_person (moment_id, contact_person_id) VALUES (?, ?)");
            momentGoals = add(c, "INSERT INTO contact_moment_goal (moment_id, goal_id) VALUES (?, ?)");
            notes = add(c, """
                    INSERT INTO environment_note (id, factor, area, title, body, source_kind, source_url, observed_on,
                                                  created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
            notePartners = add(c, "INSERT INTO environment_note_partner (note_id, partner_id) VALUES (?, ?)");
        }

        private Batch add(Connection c, String sql) {
            Batch batch = new Batch(c, sql);
            all.add(batch);
            return batch;
        }

        private void added(int rows) {
            pending += rows;
            if (pending >= BATCH) {
                flush();
            }
        }

        private void flush() {
            all.forEach(Batch::flush);
            pending = 0;
        }

        @Override
        public void therapist(Therapist t) {
            therapists.add(t.id(), t.name(), t.role(), t.active(), t.competences(), t.createdAt(), t.updatedAt());
            added(1);
        }

        @Override
        public void partner(Partner p) {
            partners.add(p.id(), p.name(), p.kind(), p.category(), p.street(), p.postcode(), p.city(), p.phone(),
                    p.email(), p.website(), p.howWeKnowEachOther(), p.whatTheyMeanForUs(), p.whatWeMeanForThem(),
                    p.rhythmDays(), p.status(), p.trust(), p.ownerId(), p.notes(), p.createdAt(), p.updatedAt(),
                    p.knownSince());
            for (String tag : p.tags()) {
                String clean = Texts.clean(tag);
                if (clean != null) {
                    tags.add(p.id(), clean);
                }
            }
            added(1 + p.tags().size());
        }

        @Override
        public void contactPerson(ContactPerson cp) {
            persons.add(cp.id(), cp.partnerId(), cp.name(), cp.role(), cp.email(), cp.phone(), cp.linkedinUrl(),
                    cp.notes(), cp.createdAt(), cp.updatedAt());
            added(1);
        }

        @Override
        public void goal(SharedGoal g) {
            goals.add(g.id(), g.title(), g.whatIsGoingOn(), g.whatMattersForPatient(), g.possibilities(),
                    g.whatWeGoFor(), g.status(), g.targetDate(), g.createdAt(), g.updatedAt());
            for (Long partnerId : g.partnerIds().stream().sorted().toList()) {
                goalPartners.add(g.id(), partnerId);
            }
            added(1 + g.partnerIds().size());
        }

        @Override
        public void moment(ContactMoment m) {
            moments.add(m.id(), m.partnerId(), m.date(), m.kind(), m.summary(), m.offered(), m.asked(), m.followUp(),
                    m.followUpDue(), m.followUpDone(), m.loggedBy(), m.createdAt(), m.updatedAt());
            m.therapistIds().stream().sorted().forEach(id -> momentTherapists.add(m.id(), id));
            m.contactPersonIds().stream().sorted().forEach(id -> momentPersons.add(m.id(), id));
            m.goalIds().stream().sorted().forEach(id -> momentGoals.add(m.id(), id));
            added(1 + m.therapistIds().size() + m.contactPersonIds().size() + m.goalIds().size());
        }

        @Override
        public void environmentNote(EnvironmentNote n) {
            notes.add(n.id(), n.factor(), n.area(), n.title(), n.body(), n.sourceKind(), n.sourceUrl(),
                    n.observedOn(), n.createdAt(), n.updatedAt());
            n.partnerIds().stream().sorted().forEach(id -> notePartners.add(n.id(), id));
            added(1 + n.partnerIds().size());
        }

        @Override
        public void close() {
            try {
                flush();
                dialect.afterExplicitIds(connection);
            } finally {
                all.forEach(Batch::close);
            }
        }
    }
}
