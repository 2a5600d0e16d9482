package nl.verbinder.cli;

import nl.verbinder.app.SqliteWiring;
import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code person show|export|erase|retention}, in-process on a real database file. */
class PersonCommandTest {

    private static final String NAME = "Anja de Vries";
    private static final String EMAIL = "a.devries@huisarts-oost.nl";

    @TempDir
    Path folder;

    private Path db;
    private long anja;

    @BeforeEach
    void anjaAtHuisartsOost() {
        try (TestDatabase t = TestDatabase.in(folder)) {
            db = t.file();
            Services s = t.services();
            long partner = s.partners().create(aPartner().named("Huisarts Oost")
                    .withNotes("Vraag naar ANJA DE  VRIES, mail " + EMAIL.toUpperCase(Locale.ROOT)).build()).id();
            anja = s.contactPersons().add(aContactPerson().at(partner).named(NAME).withEmail(EMAIL)
                    .withPhone("06 12345678").build()).id();
            s.moments().log(aMoment().with(partner).about("Overleg met Anja over vallen; bel 0612345678")
                    .withContactPersons(anja).build());
        }
    }

    @Test
    void showPrintsTheRecordMomentsAndMentions() {
        CliRun run = CliRun.on(db, "person", "show", "anja de vries");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Gegevens", NAME, EMAIL, "Huisarts Oost",
                "Contactmomenten waarbij de persoon was (1)", "Overleg met Anja over vallen",
                "Vermeldingen in andere teksten (4)", "Notities (volledige naam): Vraag naar ANJA DE VRIES");
    }

    @Test
    void showAndExportATherapistOrAPartnerThatIsAPerson() throws Exception {
        try (TestDatabase t = TestDatabase.in(folder)) {
            t.services().therapists().add(nl.verbinder.testutil.TherapistBuilder.aTherapist().named("Sanne Visser")
                    .goodAt("Knieklachten").build());
            t.services().partners().create(aPartner().named("Karin Mulder").ofKind(nl.verbinder.domain.PartnerKind.PERSON)
                    .withEmail("karin@coach.example").build());
        }

        CliRun therapist = CliRun.on(db, "person", "show", "sanne", "--therapist");
        assertThat(therapist.exitCode()).as(therapist.err()).isZero();
        assertThat(therapist.out()).contains("Gegevens (therapeut)", "Sanne Visser", "Knieklachten");

        Path out = folder.resolve("karin.json");
        CliRun partner = CliRun.on(db, "person", "export", "Karin Mulder", "--partner", "--out", out.toString());
        assertThat(partner.exitCode()).as(partner.err()).isZero();
        assertThat(new ObjectMapper().readTree(out.toFile()).get("name").asText()).isEqualTo("Karin Mulder");

        CliRun organisation = CliRun.on(db, "person", "show", "Huisarts Oost", "--partner");
        assertThat(organisation.exitCode()).isEqualTo(1);
        assertThat(organisation.err()).contains("Geen partner die een persoon is gevonden");

        CliRun both = CliRun.on(db, "person", "show", "Sanne", "--partner", "--therapist");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("Kies --therapist of --partner, niet allebei.");
    }

    @Test
    void showAsJsonReadsBack() throws Exception {
        CliRun run = CliRun.on(db, "person", "show", String.valueOf(anja), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("person").get("name").asText()).isEqualTo(NAME);
        assertThat(json.get("moments")).hasSize(1);
        assertThat(json.get("mentions").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void exportWritesJsonAndPdf() throws Exception {
        Path json = folder.resolve("out/anja.json");
        Path pdf = folder.resolve("out/anja.pdf");

        assertThat(CliRun.on(db, "person", "export", NAME, "--out", json.toString()).exitCode()).isZero();
        CliRun english = CliRun.on(db, "--lang", "en", "person", "export", NAME, "--out", pdf.toString());

        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).get("person").get("email").asText()).isEqualTo(EMAIL);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        CliRun wrong = CliRun.on(db, "person", "export", NAME, "--out", folder.resolve("anja.txt").toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(wrong.err()).contains(".json of .pdf");
    }

    @Test
    void unknownPersonIsRefusedClearly() {
        CliRun run = CliRun.on(db, "person", "show", "Jan Jansen");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("Geen contactpersoon gevonden", "Jan Jansen").doesNotContain("Exception");
    }

    @Test
    void dryRunListsWhatChangesAndErasesNothing() {
        CliRun run = CliRun.on(db, "person", "erase", NAME, "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wordt verwijderd", "Eén contactmoment verliest de koppeling",
                "Partner Huisarts Oost", "wordt […]", "Proefrun");
        assertThat(CliRun.on(db, "person", "show", NAME).exitCode()).isZero();
    }

    @Test
    void withoutYesAndWithoutATerminalItRefusesWithUsage() {
        CliRun run = CliRun.on(db, "person", "erase", NAME);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--yes");
        assertThat(CliRun.on(db, "person", "show", NAME).exitCode()).as("still there").isZero();
    }

    @Test
    void asksAndErasesOnlyOnYes() {
        assertThat(withAnswer("n", "person", "erase", NAME)).isEqualTo(ExitCodes.REFUSED);
        assertThat(CliRun.on(db, "person", "show", NAME).exitCode()).as("kept on no").isZero();

        assertThat(withAnswer("j", "person", "erase", NAME)).isEqualTo(ExitCodes.DONE);
        assertThat(CliRun.on(db, "person", "show", NAME).exitCode()).as("gone on ja").isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void eraseWithYesLeavesNoTraceInTheFileBytes() throws Exception {
        assertThat(rawText(db)).contains(EMAIL);

        CliRun run = CliRun.on(db, "person", "erase", NAME, "--yes");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("is gewist");
        String bytes = rawText(db);
        for (String trace : List.of("anja de vries", "anja de  vries", EMAIL, "0612345678", "06 12345678")) {
            assertThat(bytes).as("bytes of the file").doesNotContain(trace.toLowerCase(Locale.ROOT));
        }
        for (Path sibling : List.of(Path.of(db + "-wal"), Path.of(db + "-journal"))) {
            if (Files.exists(sibling)) {
                assertThat(rawText(sibling)).doesNotContain(EMAIL);
            }
        }
    }

    @Test
    void retentionListsAndKeepsWithAReason() throws Exception {
        CliRun list = CliRun.on(db, "person", "retention", "--today", "2029-01-01", "--format", "json");

        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("name").asText()).isEqualTo(NAME);
        assertThat(rows.get(0).get("reason").asText()).isEqualTo("no-contact");

        CliRun table = CliRun.on(db, "person", "retention", "--today", "2029-01-01");
        assertThat(table.out()).contains("Langer bewaard dan 24 maanden: één contactpersoon", NAME, "geen contact");

        CliRun noReason = CliRun.on(db, "person", "retention", "--keep", String.valueOf(anja));
        assertThat(noReason.exitCode()).isEqualTo(ExitCodes.REFUSED);

        CliRun keep = CliRun.on(db, "person", "retention", "--keep", String.valueOf(anja), "--reason",
                "Lopende samenwerking", "--today", "2029-01-01");
        assertThat(keep.exitCode()).as(keep.err()).isZero();
        assertThat(keep.out()).contains("niemand");
        assertThat(CliRun.on(db, "person", "show", NAME).exitCode()).as("nothing deleted").isZero();
    }

    private int withAnswer(String answer, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        CliContext context = new CliContext(Messages.dutch(), new PrintWriter(out), new PrintWriter(err),
                new ServicesFactory() {
                    @Override
                    public Services open(Path location) {
                        return SqliteWiring.services(SqliteStore.open(location, clock), clock);
                    }

                    @Override
                    public Path defaultLocation() {
                        return db;
                    }
                }, (file, language) -> 0, clock)
                .withInput(new BufferedReader(new StringReader(answer + "\n")));
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = new Cli(context, Map.of()).run(all);
        assertThat(out.toString()).contains("definitief wissen? [j/N]");
        return code;
    }

    /** The file's bytes as lower-case text (one char per byte; the traces are ASCII). */
    private static String rawText(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
