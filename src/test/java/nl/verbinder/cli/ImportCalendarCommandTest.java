package nl.verbinder.cli;

import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.testutil.AgendaPartners;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import calendar}, in-process on a real database file with the fixture agendas. */
class ImportCalendarCommandTest {

    @TempDir
    Path folder;

    private Path db;
    private final String outlook = AgendaPartners.file("outlook-agenda.ics").toString();

    @BeforeEach
    void partners() {
        try (TestDatabase t = TestDatabase.in(folder)) {
            db = t.file();
            AgendaPartners.in(t.services());
            t.services().therapists().add(aTherapist().named("Eva Jansen").build());
        }
    }

    private int moments() {
        try (TestDatabase t = TestDatabase.in(folder)) {
            return t.services().moments().list(MomentQuery.all()).size();
        }
    }

    @Test
    void aDryRunListsEachProposalWithWhyAndItsKindAndWritesNothing() {
        CliRun run = CliRun.on(db, "import", "calendar", "--in", outlook, "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("03-11-2026  Huisartsenpraktijk De Linde  (Persoonlijk)  Overleg POH ouderenzorg",
                "waarom: e-mailadres anja.bakker@hapdelinde.nl is van een contactpersoon",
                "12-11-2026  Gemeente Leiden  (Video)", "domein hapdelinde.nl is van de partner",
                "7 voorgesteld", "2 privé, 1 geannuleerd, 1 hele dag", "Proefimport");
        assertThat(run.out()).doesNotContain("Sollicitatie", "Eigen afspraak", "Teamoverleg", "Lunch");
        assertThat(moments()).isZero();
        assertThat(CliRun.on(db, "import", "calendar", "--in", outlook, "--dry-run").out()).contains("7 voorgesteld");
    }

    @Test
    void everyProposalIsLoggedAsOneImportThatIsNotRepeatedAndCanBeUndone() {
        CliRun first = CliRun.on(db, "import", "calendar", "--in", outlook, "--by", "Eva Jansen");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("7 contactmomenten gelogd", "import undo --last");
        assertThat(moments()).isEqualTo(7);

        CliRun again = CliRun.on(db, "import", "calendar", "--in", outlook);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Niets nieuws", "alle 7 afspraken");
        assertThat(moments()).isEqualTo(7);

        CliRun undo = CliRun.on(db, "import", "undo", "--last");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("Ook verwijderd: 7 contactmomenten uit de agenda");
        assertThat(moments()).isZero();
        assertThat(CliRun.on(db, "import", "calendar", "--in", outlook, "--dry-run").out()).contains("7 voorgesteld");
    }

    @Test
    void thePeriodLimitsTheProposals() {
        CliRun run = CliRun.on(db, "import", "calendar", "--in", outlook, "--from", "2026-11-01", "--to",
                "2026-11-12", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 voorgesteld").doesNotContain("06-10-2026");
    }

    @Test
    void aFileThatIsNotAnAgendaIsRefusedWithAClearMessage() throws Exception {
        Path csv = folder.resolve("partners.csv");
        Files.writeString(csv, "naam;plaats\nDe Linde;Leiden\n");

        CliRun run = CliRun.on(db, "import", "calendar", "--in", csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("partners.csv is geen agendabestand").doesNotContain("Exception");
    }

    @Test
    void anEmptyOrMissingFileIsRefused() throws Exception {
        Path empty = folder.resolve("leeg.ics");
        Files.writeString(empty, "");

        CliRun emptyRun = CliRun.on(db, "import", "calendar", "--in", empty.toString());
        CliRun missing = CliRun.on(db, "import", "calendar", "--in", folder.resolve("weg.ics").toString());

        assertThat(emptyRun.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(emptyRun.err()).contains("leeg.ics bevat geen afspraken");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(missing.err()).contains("weg.ics kan niet worden gelezen");
    }

    @Test
    void aDateThatIsNoDateOrABackwardPeriodIsWrongUsage() {
        assertThat(CliRun.on(db, "import", "calendar", "--in", outlook, "--from", "gisteren").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.on(db, "import", "calendar", "--in", outlook, "--from", "2026-11-12", "--to", "2026-11-01")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
