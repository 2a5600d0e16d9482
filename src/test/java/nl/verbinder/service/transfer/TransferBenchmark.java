package nl.verbinder.service.transfer;

import nl.verbinder.app.SqliteWiring;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.exports.VCardVersion;
import nl.verbinder.service.transfer.imports.ColumnMapping;
import nl.verbinder.service.transfer.imports.CsvTable;
import nl.verbinder.service.transfer.imports.ImportOptions;
import nl.verbinder.service.transfer.imports.ImportPlan;
import nl.verbinder.service.transfer.imports.ImportResult;
import nl.verbinder.service.transfer.imports.ImportService;
import nl.verbinder.store.sqlite.SqliteStore;

/**
 * Measures import and export at practice scale: a generated list of 10,000 partners (each with a
 * contact person) imported into an empty database, exported in both CSV dialects, planned again as
 * all duplicates, exported as vCards, backed up and restored both ways. Prints one line per step.
 *
 * <p>Run it with {@code mvn -B -q -Ptransfer-benchmark test-compile exec:exec} (see docs/performance.md).
 * A warm-up round of 1,000 partners runs first so the figures are not the JIT's; then three
 * measured rounds, each on a fresh database, and for each step the fastest and the median
 * round (the machine may be busy with other work).
 */
public final class TransferBenchmark {

    private static final String[] CATEGORIES = {"Huisarts", "Verloskundige", "Diëtist", "Sportschool",
        "Sportvereniging", "School", "Gemeente", "Zorgverzekeraar", "Thuiszorg", "Overig"};
    private static final String[] CITIES = {"Utrecht", "Zeist", "Amersfoort", "Houten", "Nieuwegein", "'s-Hertogenbosch"};
    private static final String[] PEOPLE = {"Anna 't Hart", "Mehmet Yılmaz", "Joëlle de Wit", "Sanne de Vries",
        "Pieter Bakker", "Fatima El Amrani", "Zoë Jansen"};

    private static final int ROUNDS = 3;

    /** Per step, in order, the milliseconds of each round. */
    private final java.util.Map<String, List<Long>> times = new java.util.LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        int partners = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = Files.createTempDirectory("verbinder-benchmark");
        try {
            new TransferBenchmark().round(folder.resolve("warm-up"), 1_000);
            TransferBenchmark measured = new TransferBenchmark();
            for (int round = 1; round <= ROUNDS; round++) {
                measured.round(folder.resolve("round-" + round), partners);
            }
            System.out.printf(Locale.ROOT, "Verbinder import/export benchmark: %,d partners, each with a contact "
                    + "person; Java %s, %d cores; %d rounds%n", partners, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), ROUNDS);
            System.out.printf(Locale.ROOT, "  %-52s %11s %11s%n", "step", "fastest", "median");
            measured.times.forEach((step, millis) -> {
                List<Long> sorted = millis.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "  %-52s %,8d ms %,8d ms%n", step, sorted.getFirst(),
                        sorted.get(sorted.size() / 2));
            });
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void round(Path folder, int count) throws Exception {
        Files.createDirectories(folder);
        Clock clock = Clock.systemDefaultZone();
        Path csv = generate(folder.resolve("partners.csv"), count);
        Messages dutch = Messages.dutch();
        try (SqliteStore store = SqliteStore.open(folder.resolve("verbinder.db"), clock)) {
            Services services = SqliteWiring.services(store, clock);
            ImportService imports = services.imports();
            CsvTable table = time("read CSV (" + Files.size(csv) / 1024 + " KB)", () -> imports.readPartnerList(csv));
            ImportPlan plan = time("plan import (preview, checks, duplicates)", () -> imports.planPartnerList(table,
                    ColumnMapping.suggest(table), ImportOptions.defaults(), Progress.none()));
            ImportResult result = time("run import (one transaction)", () -> imports.run(plan, Progress.none()));
            check(result.partnersCreated() == count, "created " + result.partnersCreated());
            time("plan the same file again (all duplicates)", () -> {
                ImportPlan again = imports.planPartnerList(table, ColumnMapping.suggest(table), ImportOptions.defaults(),
                        Progress.none());
                check(again.counts().skipped() == count, "skipped " + again.counts().skipped());
                return again;
            });
            time("export partners CSV, standard, all columns", () -> services.exports().exportPartners(
                    PartnerQuery.all(), PartnerColumn.exportable(true), CsvDialect.STANDARD, dutch,
                    folder.resolve("export.csv"), Progress.none()));
            time("export partners CSV, Excel (NL), default columns", () -> services.exports().exportPartners(
                    PartnerQuery.all(), List.of(), CsvDialect.EXCEL_NL, dutch, folder.resolve("export-excel.csv"),
                    Progress.none()));
            time("export contact persons, vCard 3.0, one file", () -> services.exports().exportContactPersons(
                    VCardVersion.V3, false, folder.resolve("contacts.vcf"), Progress.none()));
            time("undo the import", imports::undoLast);
            Path reimport = folder.resolve("export.csv");
            CsvTable exported = imports.readPartnerList(reimport);
            time("import the export back (read, plan, run)", () -> imports.run(imports.planPartnerList(exported,
                    ColumnMapping.suggest(exported), ImportOptions.defaults(), Progress.none()), Progress.none()));
            time("backup to JSON", () -> services.backups().backUp(folder.resolve("backup.json"), Progress.none()));
            time("backup to .db (online backup)", () -> services.backups().backUp(folder.resolve("backup.db"),
                    Progress.none()));
        }
        for (String kind : List.of("json", "db")) {
            try (SqliteStore store = SqliteStore.open(folder.resolve("restored-" + kind + ".db"), clock)) {
                Services services = SqliteWiring.services(store, clock);
                time("restore from ." + kind + " into an empty database", () -> services.backups().restore(
                        folder.resolve("backup." + kind), Progress.none()));
            }
        }
    }

    private <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        times.computeIfAbsent(step, k -> new ArrayList<>()).add(millis);
        return result;
    }

    private static Path generate(Path file, int count) throws Exception {
        StringBuilder csv = new StringBuilder("Naam;Categorie;Adres;Postcode;Plaats;Telefoon;E-mail;Website;"
                + "Notities;Contactpersoon;Functie contactpersoon;E-mail contactpersoon\r\n");
        for (int i = 0; i < count; i++) {
            String category = CATEGORIES[i % CATEGORIES.length];
            String name = category + " " + PEOPLE[i % PEOPLE.length].replace("'", "") + " " + i;
            String postcode = (1000 + i % 9000) + " " + (char) ('A' + i % 17) + (char) ('B' + i % 23);
            String notes = i % 10 == 0 ? "\"Samenwerking rond \"\"valpreventie\"\";\r\nsinds " + (2000 + i % 25) + "\"" : "";
            csv.append(String.join(";", name, category, "Dorpsstraat " + (i % 300 + 1), postcode,
                    CITIES[i % CITIES.length], String.format(Locale.ROOT, "030-%07d", i), "info" + i + "@example.nl",
                    "www.partner" + i + ".example", notes, PEOPLE[(i + 3) % PEOPLE.length], "Contactpersoon",
                    "contact" + i + "@example.nl")).append("\r\n");
        }
        Files.write(file, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark went wrong: " + what);
        }
    }
}
