package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that could steer a terminal or hide what it says (NUL, escape sequences, C1 controls,
 * direction overrides) is cleaned when it comes in and escaped when it goes out.
 */
class HostileTextTest {

    private static final String ESC = "\u001B";

    @TempDir
    Path folder;

    @Test
    void anImportedFileWithControlCharactersIsStoredClean() throws IOException {
        Path db = folder.resolve("verbinder.db");
        Path csv = folder.resolve("partners.csv");
        Files.writeString(csv, "Naam;Categorie;Plaats;Notities\n"
                + "\"Huisarts\u0000 Oost" + ESC + "[31m\r\nrood" + ESC + "[0m\";Huisarts;Utr\u202Echt;"
                + "\"eerste regel" + ESC + "]0;titel\u0007\ntweede \u2066regel\u2069\u009B\"\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.on(db, "import", "partners", "--in", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (TestDatabase opened = TestDatabase.in(folder)) {
            List<PartnerOverview> partners = opened.services().partners().list(PartnerQuery.all());
            assertThat(partners).hasSize(1);
            Partner stored = opened.services().partners().get(partners.getFirst().id());
            assertThat(stored.name()).isEqualTo("Huisarts Oost[31m rood[0m");
            assertThat(stored.city()).isEqualTo("Utrcht");
            assertThat(stored.notes()).isEqualTo("eerste regel]0;titel\ntweede regel");
        }
    }

    @Test
    void aNameTypedWithALineBreakIsStoredOnOneLine() {
        Path db = folder.resolve("verbinder.db");

        CliRun add = CliRun.on(db, "partner", "add", "--name", "Huisarts\nOost", "--category", "Huisarts");

        assertThat(add.exitCode()).as(add.err()).isZero();
        try (TestDatabase opened = TestDatabase.in(folder)) {
            assertThat(opened.services().partners().list(PartnerQuery.all())).extracting(PartnerOverview::name)
                    .containsExactly("Huisarts Oost");
        }
    }

    @Test
    void oldDataWithControlCharactersIsPrintedEscaped() throws SQLException {
        Path db = folder.resolve("verbinder.db");
        assertThat(CliRun.on(db, "partner", "add", "--name", "Huisarts Oost", "--category", "Huisarts").exitCode())
                .isZero();
        try (Connection c = PlainSqlite.open(db)) {
            PlainSqlite.execute(c, "UPDATE partner SET name = ?, city = ?", "Huisarts" + ESC + "]0;pwned\u0007 Oost\u0000",
                    "\u202Ethcertu" + ESC + "[2J\u009B");
        }

        for (List<String> args : List.of(List.of("partners"), List.of("partners", "--format", "json"),
                List.of("partners", "--format", "csv"))) {
            CliRun run = CliRun.on(db, args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.err()).isZero();
            String printed = run.out() + run.err();
            assertThat(printed.chars().filter(ch -> ch == 0x1B || ch == 0 || ch == 7 || ch == 0x9B || ch == 0x202E))
                    .as("control characters in the output of %s", args).isEmpty();
            assertThat(printed).as("output of %s", args).contains("Huisarts");
        }
        assertThat(CliRun.on(db, "partners").out()).contains("Huisarts\\u001b]0;pwned\\u0007 Oost\\u0000");
    }
}
