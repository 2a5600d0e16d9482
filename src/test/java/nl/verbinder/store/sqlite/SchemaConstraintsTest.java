package nl.verbinder.store.sqlite;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schema guards the data even when the services are bypassed (a script, a bug, a later
 * import): every CHECK, NOT NULL, UNIQUE and FOREIGN KEY of V1 refuses what it should, with
 * plain JDBC on a migrated file. Each statement runs in a transaction that is rolled back, on
 * one file with a therapist, partner, contact person, goal, moment and note (all id 1).
 */
class SchemaConstraintsTest {

    @TempDir
    static Path folder;

    private static Path file;

    @BeforeAll
    static void oneOfEverything() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            long therapist = s.therapists().add(aTherapist().named("Sanne Jansen").build()).id();
            Partner partner = s.partners().create(aPartner().named("Huisarts Oost").ownedBy(therapist)
                    .tagged("voeding").build());
            long person = s.contactPersons().add(aContactPerson().at(partner.id()).build()).id();
            long goal = s.goals().create(aGoal().withPartners(partner.id()).build()).id();
            s.moments().log(aMoment().with(partner.id()).followUp("Folder sturen", TestDatabase.TODAY)
                    .withTherapists(therapist).withContactPersons(person).servingGoals(goal).build());
            s.environment().create(aNote().linkedTo(partner.id()).build());
            file = db.file();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            partner name is required                 | NOT NULL    | UPDATE partner SET name = NULL WHERE id = 1
            partner name is not blank                | CHECK       | UPDATE partner SET name = '   ' WHERE id = 1
            partner category is required             | NOT NULL    | INSERT INTO partner (name, created_at, updated_at) VALUES ('Zwembad', 'x', 'x')
            partner category is a known code         | CHECK       | UPDATE partner SET category = 'physio' WHERE id = 1
            partner category code is exact           | CHECK       | UPDATE partner SET category = 'GP' WHERE id = 1
            partner kind is a known code             | CHECK       | UPDATE partner SET kind = 'team' WHERE id = 1
            partner status is a known code           | CHECK       | UPDATE partner SET status = 'sleeping' WHERE id = 1
            partner status is required               | NOT NULL    | UPDATE partner SET status = NULL WHERE id = 1
            trust is at least 1                      | CHECK       | UPDATE partner SET trust = 0 WHERE id = 1
            trust is at most 5                       | CHECK       | UPDATE partner SET trust = 6 WHERE id = 1
            rhythm is more than 0 days               | CHECK       | UPDATE partner SET rhythm_days = 0 WHERE id = 1
            rhythm is not negative                   | CHECK       | UPDATE partner SET rhythm_days = -30 WHERE id = 1
            postcode has its space                   | CHECK       | UPDATE partner SET postcode = '1234AB' WHERE id = 1
            postcode has capitals                    | CHECK       | UPDATE partner SET postcode = '1234 ab' WHERE id = 1
            postcode does not start with 0           | CHECK       | UPDATE partner SET postcode = '0123 AB' WHERE id = 1
            postcode has letters                     | CHECK       | UPDATE partner SET postcode = '1234' WHERE id = 1
            partner e-mail has an @ and a dot        | CHECK       | UPDATE partner SET email = 'info@huisarts' WHERE id = 1
            partner website starts with http         | CHECK       | UPDATE partner SET website = 'www.huisarts.nl' WHERE id = 1
            partner website is not ftp               | CHECK       | UPDATE partner SET website = 'ftp://huisarts.nl' WHERE id = 1
            partner owner is a therapist             | FOREIGN KEY | UPDATE partner SET owner_id = 999 WHERE id = 1
            partner creation time is required        | NOT NULL    | UPDATE partner SET created_at = NULL WHERE id = 1
            partner version is required              | NOT NULL    | UPDATE partner SET version = NULL WHERE id = 1
            tag is not blank                         | CHECK       | INSERT INTO partner_tag (partner_id, tag) VALUES (1, ' ')
            tag belongs to a partner                 | FOREIGN KEY | INSERT INTO partner_tag (partner_id, tag) VALUES (999, 'sport')
            tag is once per partner, any case        | UNIQUE      | INSERT INTO partner_tag (partner_id, tag) VALUES (1, 'VOEDING')
            therapist name is not blank              | CHECK       | UPDATE therapist SET name = '' WHERE id = 1
            therapist name is unique, any case       | UNIQUE      | INSERT INTO therapist (name, role, created_at, updated_at) VALUES ('SANNE JANSEN', 'therapist', 'x', 'x')
            therapist role is a known code           | CHECK       | UPDATE therapist SET role = 'intern' WHERE id = 1
            therapist active is 0 or 1               | CHECK       | UPDATE therapist SET active = 2 WHERE id = 1
            contact person belongs to a partner      | FOREIGN KEY | INSERT INTO contact_person (partner_id, name, created_at, updated_at) VALUES (999, 'Piet', 'x', 'x')
            contact person has a partner             | NOT NULL    | UPDATE contact_person SET partner_id = NULL WHERE id = 1
            contact person name is not blank         | CHECK       | UPDATE contact_person SET name = '  ' WHERE id = 1
            contact person name is required          | NOT NULL    | UPDATE contact_person SET name = NULL WHERE id = 1
            contact person e-mail has an @           | CHECK       | UPDATE contact_person SET email = 'anja.linde.nl' WHERE id = 1
            contact person LinkedIn is a web address | CHECK       | UPDATE contact_person SET linkedin_url = 'linkedin.com/in/anja' WHERE id = 1
            goal title is not blank                  | CHECK       | UPDATE shared_goal SET title = ' ' WHERE id = 1
            goal status is a known code              | CHECK       | UPDATE shared_goal SET status = 'done' WHERE id = 1
            goal target date exists                  | CHECK       | UPDATE shared_goal SET target_date = '2026-02-30' WHERE id = 1
            goal target date is ISO                  | CHECK       | UPDATE shared_goal SET target_date = '1-3-2027' WHERE id = 1
            goal links to a partner                  | FOREIGN KEY | INSERT INTO shared_goal_partner (goal_id, partner_id) VALUES (1, 999)
            goal link is to a goal                   | FOREIGN KEY | INSERT INTO shared_goal_partner (goal_id, partner_id) VALUES (999, 1)
            moment is with a known partner           | FOREIGN KEY | INSERT INTO contact_moment (partner_id, moment_date, kind, summary, created_at, updated_at) VALUES (999, '2026-11-01', 'phone', 'Gebeld', 'x', 'x')
            moment date is required                  | NOT NULL    | UPDATE contact_moment SET moment_date = NULL WHERE id = 1
            moment date exists (no 30 February)      | CHECK       | UPDATE contact_moment SET moment_date = '2026-02-30' WHERE id = 1
            moment date has a real month             | CHECK       | UPDATE contact_moment SET moment_date = '2026-13-01' WHERE id = 1
            moment date is ISO, not Dutch            | CHECK       | UPDATE contact_moment SET moment_date = '23-11-2026' WHERE id = 1
            moment date is a date, not a time        | CHECK       | UPDATE contact_moment SET moment_date = '2026-11-23 10:00' WHERE id = 1
            moment kind is a known code              | CHECK       | UPDATE contact_moment SET kind = 'letter' WHERE id = 1
            moment summary is required               | NOT NULL    | UPDATE contact_moment SET summary = NULL WHERE id = 1
            moment summary is not blank              | CHECK       | UPDATE contact_moment SET summary = '   ' WHERE id = 1
            follow-up due needs a follow-up          | CHECK       | UPDATE contact_moment SET follow_up = NULL, follow_up_done = NULL WHERE id = 1
            follow-up done needs a follow-up         | CHECK       | UPDATE contact_moment SET follow_up = NULL, follow_up_due = NULL, follow_up_done = '2026-11-20' WHERE id = 1
            follow-up due date exists                | CHECK       | UPDATE contact_moment SET follow_up_due = '2026-11-31' WHERE id = 1
            follow-up done date exists               | CHECK       | UPDATE contact_moment SET follow_up_done = '2026-11-31' WHERE id = 1
            moment is logged by a therapist          | FOREIGN KEY | UPDATE contact_moment SET logged_by = 999 WHERE id = 1
            moment links to a therapist              | FOREIGN KEY | INSERT INTO contact_moment_therapist (moment_id, therapist_id) VALUES (1, 999)
            moment links to a contact person         | FOREIGN KEY | INSERT INTO contact_moment_person (moment_id, contact_person_id) VALUES (1, 999)
            moment links to a goal                   | FOREIGN KEY | INSERT INTO contact_moment_goal (moment_id, goal_id) VALUES (1, 999)
            moment link is to a moment               | FOREIGN KEY | INSERT INTO contact_moment_goal (moment_id, goal_id) VALUES (999, 1)
            note factor is a known code              | CHECK       | UPDATE environment_note SET factor = 'weather' WHERE id = 1
            note factor is required                  | NOT NULL    | UPDATE environment_note SET factor = NULL WHERE id = 1
            note title is not blank                  | CHECK       | UPDATE environment_note SET title = '' WHERE id = 1
            note source kind is a known code         | CHECK       | UPDATE environment_note SET source_kind = 'google' WHERE id = 1
            note source address is a web address     | CHECK       | UPDATE environment_note SET source_url = 'cbs.nl' WHERE id = 1
            note date exists (2026 is no leap year)  | CHECK       | UPDATE environment_note SET observed_on = '2026-02-29' WHERE id = 1
            note links to a partner                  | FOREIGN KEY | INSERT INTO environment_note_partner (note_id, partner_id) VALUES (1, 999)
            there is one practice profile            | CHECK       | INSERT INTO practice_profile (id, name, updated_at) VALUES (2, 'Tweede', 'x')
            practice postcode has its shape          | CHECK       | UPDATE practice_profile SET postcode = '3511ab' WHERE id = 1
            practice profile name is required        | NOT NULL    | UPDATE practice_profile SET name = NULL WHERE id = 1
            """)
    void refuses(String rule, String constraint, String statement) throws SQLException {
        try (Connection c = PlainSqlite.open(file)) {
            c.setAutoCommit(false);
            Throwable refusal = catchThrowable(() -> run(c, statement));
            c.rollback();
            assertThat(refusal).as(rule).isInstanceOf(SQLException.class)
                    .hasMessageContaining(constraint + " constraint failed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            trust 1                                  | UPDATE partner SET trust = 1 WHERE id = 1
            trust 5                                  | UPDATE partner SET trust = 5 WHERE id = 1
            no trust given                           | UPDATE partner SET trust = NULL WHERE id = 1
            rhythm of 1 day                          | UPDATE partner SET rhythm_days = 1 WHERE id = 1
            category default rhythm                  | UPDATE partner SET rhythm_days = NULL WHERE id = 1
            every category                           | UPDATE partner SET category = 'online-community' WHERE id = 1
            a person as partner                      | UPDATE partner SET kind = 'person', status = 'prospect' WHERE id = 1
            postcode 1234 AB                         | UPDATE partner SET postcode = '1234 AB' WHERE id = 1
            postcode 9999 ZZ                         | UPDATE partner SET postcode = '9999 ZZ' WHERE id = 1
            e-mail and https website                 | UPDATE partner SET email = 'info@huisarts-oost.nl', website = 'https://huisarts-oost.nl' WHERE id = 1
            http website                             | UPDATE partner SET website = 'http://huisarts-oost.nl' WHERE id = 1
            another tag                              | INSERT INTO partner_tag (partner_id, tag) VALUES (1, 'sport')
            a second therapist                       | INSERT INTO therapist (name, role, created_at, updated_at) VALUES ('Sanne de Jong', 'practice-owner', 'x', 'x')
            leap day                                 | UPDATE contact_moment SET moment_date = '2024-02-29' WHERE id = 1
            follow-up done                           | UPDATE contact_moment SET follow_up_done = '2026-11-23' WHERE id = 1
            no follow-up at all                      | UPDATE contact_moment SET follow_up = NULL, follow_up_due = NULL WHERE id = 1
            follow-up without a date                 | UPDATE contact_moment SET follow_up_due = NULL WHERE id = 1
            goal target date                         | UPDATE shared_goal SET target_date = '2027-03-01', status = 'achieved' WHERE id = 1
            note source                              | UPDATE environment_note SET source_kind = 'funda', source_url = 'https://www.funda.nl' WHERE id = 1
            practice postcode                        | UPDATE practice_profile SET postcode = '3511 AB', name = 'Fysio Oost' WHERE id = 1
            LinkedIn address                         | UPDATE contact_person SET linkedin_url = 'https://www.linkedin.com/in/anja' WHERE id = 1
            """)
    void accepts(String rule, String statement) throws SQLException {
        try (Connection c = PlainSqlite.open(file)) {
            c.setAutoCommit(false);
            assertThatCode(() -> run(c, statement)).as(rule).doesNotThrowAnyException();
            c.rollback();
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
