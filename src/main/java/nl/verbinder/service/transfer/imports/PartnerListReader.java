package nl.verbinder.service.transfer.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.Therapist;
import nl.verbinder.service.CodeLookup;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.csv.SpreadsheetSafe;

/**
 * Reads the rows of a partner list (a CSV with a header) into entries: one partner per row,
 * with a contact person when the row has one. Categories, statuses and kinds are read as
 * codes or labels in Dutch or English; an unknown category becomes "other" and is reported.
 */
final class PartnerListReader {

    private final RowChecks checks;
    private final Function<String, Optional<Therapist>> therapistByName;
    /** A list repeats the same few categories, statuses and owners: each is looked up once per read. */
    private final Map<String, Object> lookups = new HashMap<>();

    PartnerListReader(RowChecks checks, Function<String, Optional<Therapist>> therapistByName) {
        this.checks = checks;
        this.therapistByName = therapistByName;
    }

    /**
     * A partner list's header, told from a title above it: a row that names the name column, or
     * at least two columns Verbinder knows (in Dutch or English).
     */
    static boolean namesColumns(List<String> cells) {
        List<PartnerColumn> known = cells.stream().map(PartnerColumn::find).flatMap(Optional::stream)
                .filter(PartnerColumn::importable).toList();
        return known.contains(PartnerColumn.NAME) || known.stream().distinct().count() >= 2;
    }

    ImportInput read(CsvTable table, ColumnMapping mapping, Progress progress) {
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<ColumnUse> columns = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            columns.add(new ColumnUse(i, table.columnName(i), mapping.fieldOf(i).orElse(null)));
        }
        if (table.header().isEmpty()) {
            List<ImportProblem> why = table.problems().stream().filter(p -> p.row() == 0).toList();
            fileProblems.addAll(why.isEmpty() ? List.of(ImportProblem.error(0, null, "transfer.import.partners.no-header"))
                    : why);
        } else if (mapping.columnOf(PartnerColumn.NAME).isEmpty()) {
            fileProblems.add(noNameColumn(table));
        }
        if (!table.header().isEmpty() && mapping.columnOf(PartnerColumn.CATEGORY).isEmpty()) {
            fileProblems.add(ImportProblem.warning(0, null, "transfer.import.category.no-column"));
        }
        List<String> ignored = columns.stream().filter(c -> c.field() == null && !c.header().isBlank())
                .map(ColumnUse::header).toList();
        if (!ignored.isEmpty()) {
            fileProblems.add(ImportProblem.warning(0, null, "transfer.import.columns.ignored", String.join(", ", ignored)));
        }
        List<ImportEntry> entries = new ArrayList<>();
        Map<Integer, ImportProblem> unreadable = new HashMap<>();
        table.problems().forEach(p -> unreadable.put(p.row(), p));
        if (fileProblems.stream().noneMatch(ImportProblem::isError)) {
            int done = 0;
            for (CsvTable.Row row : table.rows()) {
                entries.add(entry(table, mapping, row));
                progress.update(++done, table.rows().size());
            }
        }
        // Row 0 is the file's: already among the file problems.
        unreadable.remove(0);
        for (ImportProblem problem : unreadable.values()) {
            entries.add(new ImportEntry(problem.row(), "", null, null, List.of(problem)));
        }
        entries.sort(Comparator.comparingInt(ImportEntry::row));
        return new ImportInput(ImportSource.PARTNERS_CSV, table.file(), table.source().encodingName(),
                table.separator(), columns, entries, fileProblems, PartnerMatching.NAME_AND_POSTCODE_OR_EMAIL,
                RowAction.SKIP);
    }

    private ImportEntry entry(CsvTable table, ColumnMapping mapping, CsvTable.Row row) {
        int number = row.number();
        List<ImportProblem> problems = new ArrayList<>();
        Cells cells = new Cells(table, mapping, row);
        long extra = row.cells().subList(Math.min(row.cells().size(), table.header().size()), row.cells().size())
                .stream().filter(c -> !c.isBlank()).count();
        if (extra > 0) {
            problems.add(ImportProblem.error(number, null, "transfer.import.csv.too-many-cells", row.cells().size(),
                    table.header().size()));
        }
        Partner.Builder partner = Partner.builder()
                .name(cells.get(PartnerColumn.NAME))
                .street(cells.get(PartnerColumn.STREET))
                .postcode(cells.get(PartnerColumn.POSTCODE))
                .city(cells.get(PartnerColumn.CITY))
                .phone(cells.get(PartnerColumn.PHONE))
                .email(cells.get(PartnerColumn.EMAIL))
                .website(cells.get(PartnerColumn.WEBSITE))
                .howWeKnowEachOther(cells.get(PartnerColumn.HOW_WE_KNOW_EACH_OTHER))
                .whatTheyMeanForUs(cells.get(PartnerColumn.WHAT_THEY_MEAN_FOR_US))
                .whatWeMeanForThem(cells.get(PartnerColumn.WHAT_WE_MEAN_FOR_THEM))
                .notes(cells.get(PartnerColumn.NOTES));
        if (looksLikeHeader(row, mapping)) {
            problems.add(ImportProblem.error(number, null, "transfer.import.partners.header-as-row", number,
                    String.join(", ", row.cells().stream().filter(c -> !c.isBlank()).toList())));
        }
        String category = cells.get(PartnerColumn.CATEGORY);
        Optional<Category> knownCategory = lookup("c:" + category, () -> CodeLookup.parse(Category.class, category));
        if (category == null) {
            problems.add(ImportProblem.warning(number, cells.header(PartnerColumn.CATEGORY),
                    "transfer.import.category.not-given"));
        } else if (knownCategory.isEmpty()) {
            problems.add(ImportProblem.warning(number, cells.header(PartnerColumn.CATEGORY), "transfer.import.category.unknown",
                    category));
        }
        partner.category(knownCategory.orElse(Category.OTHER));
        String status = cells.get(PartnerColumn.STATUS);
        Optional<PartnerStatus> knownStatus = lookup("s:" + status, () -> CodeLookup.parse(PartnerStatus.class,
                status));
        if (status != null && knownStatus.isEmpty()) {
            problems.add(ImportProblem.warning(number, cells.header(PartnerColumn.STATUS), "transfer.import.status.unknown",
                    status));
        }
        partner.status(knownStatus.orElse(PartnerStatus.ACTIVE));
        String kind = cells.get(PartnerColumn.KIND);
        Optional<PartnerKind> knownKind = lookup("k:" + kind, () -> CodeLookup.parse(PartnerKind.class, kind));
        if (kind != null && knownKind.isEmpty()) {
            problems.add(ImportProblem.warning(number, cells.header(PartnerColumn.KIND), "transfer.import.kind.unknown", kind));
        }
        partner.kind(knownKind.orElse(PartnerKind.ORGANISATION));
        partner.rhythmDays(number(cells, PartnerColumn.RHYTHM_DAYS, number, problems));
        partner.trust(number(cells, PartnerColumn.TRUST, number, problems));
        partner.knownSince(date(cells, PartnerColumn.KNOWN_SINCE, number, problems));
        String tags = cells.get(PartnerColumn.TAGS);
        if (tags != null) {
            partner.tags(Arrays.stream(tags.split("[,;]")).map(Texts::clean).filter(t -> t != null).toList());
        }
        String owner = cells.get(PartnerColumn.OWNER);
        if (owner != null) {
            Optional<Therapist> therapist = lookup("o:" + owner, () -> therapistByName.apply(owner));
            if (therapist.isPresent()) {
                partner.ownerId(therapist.get().id());
            } else {
                problems.add(ImportProblem.warning(number, cells.header(PartnerColumn.OWNER), "transfer.import.owner.unknown",
                        owner));
            }
        }
        Partner draft = partner.build();
        problems.addAll(checks.partner(number, draft, field -> cells.headerOfField(field, false)));
        ContactPerson person = null;
        String personName = cells.get(PartnerColumn.CONTACT_NAME);
        if (personName != null) {
            person = ContactPerson.newAt(0, personName, cells.get(PartnerColumn.CONTACT_ROLE),
                    cells.get(PartnerColumn.CONTACT_EMAIL), cells.get(PartnerColumn.CONTACT_PHONE), null, null);
            problems.addAll(checks.person(number, person, field -> cells.headerOfField(field, true)));
        } else if (cells.get(PartnerColumn.CONTACT_EMAIL) != null || cells.get(PartnerColumn.CONTACT_PHONE) != null
                || cells.get(PartnerColumn.CONTACT_ROLE) != null) {
            problems.add(ImportProblem.warning(number, cells.header(PartnerColumn.CONTACT_NAME),
                    "transfer.import.person.no-name"));
        }
        return new ImportEntry(number, draft.name() == null ? "" : draft.name(), draft, person, problems);
    }

    /**
     * The file's header has no name column. When a row below it names columns (a title was
     * taken for the header), the advice is to name that row with {@code --header-row};
     * otherwise to map a column, suggesting one that holds text.
     */
    private static ImportProblem noNameColumn(CsvTable table) {
        for (CsvTable.Row row : table.rows().subList(0, Math.min(table.rows().size(), 20))) {
            if (namesColumns(row.cells())) {
                return ImportProblem.error(0, null, "transfer.import.partners.header-below", table.headerRow(),
                        row.number());
            }
        }
        List<String> named = table.header().stream().filter(h -> !h.isBlank()).toList();
        if (named.size() < 2 && !table.rows().isEmpty()) {
            return ImportProblem.error(0, null, "transfer.import.partners.title-as-header", table.headerRow(),
                    String.join(", ", named));
        }
        return ImportProblem.error(0, null, "transfer.import.partners.no-name-column", String.join(", ", named),
                named.isEmpty() ? "Naam" : named.getFirst());
    }

    /**
     * A row below the header that is itself a header: its name cell is the name of a column
     * and other cells name columns too. Importing it would make a partner called "Naam".
     */
    private static boolean looksLikeHeader(CsvTable.Row row, ColumnMapping mapping) {
        String name = mapping.columnOf(PartnerColumn.NAME).map(row::cell).orElse("");
        return PartnerColumn.isNameHeader(name) && namesColumns(row.cells());
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> lookup(String key, Supplier<Optional<T>> find) {
        return (Optional<T>) lookups.computeIfAbsent(key, k -> find.get());
    }

    private static Integer number(Cells cells, PartnerColumn column, int row, List<ImportProblem> problems) {
        String text = cells.get(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.error(row, cells.header(column), "error.number", text));
            return null;
        }
    }

    /** The ways a date may be written in a cell: ISO, and the Dutch day first with - / or . between. */
    private static final List<DateTimeFormatter> DATE_FORMATS = Stream.of(
                    "uuuu-MM-dd", "d-M-uuuu", "d/M/uuuu", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p)
                    .withResolverStyle(ResolverStyle.STRICT))
            .toList();

    /** A date cell, or an error naming the row and the column (a day after today: the form's check, as for every field). */
    private static LocalDate date(Cells cells, PartnerColumn column, int row, List<ImportProblem> problems) {
        String text = cells.get(column);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        problems.add(ImportProblem.error(row, cells.header(column), "error.date", text));
        return null;
    }

    /** The cells of one row, by field, as the user meant them (formula guards taken off, trimmed). */
    private record Cells(CsvTable table, ColumnMapping mapping, CsvTable.Row row) {

        String get(PartnerColumn column) {
            return mapping.columnOf(column).map(i -> Texts.clean(SpreadsheetSafe.restore(row.cell(i)))).orElse(null);
        }

        String header(PartnerColumn column) {
            return mapping.columnOf(column).map(table::columnName).orElse(null);
        }

        /** The header of the column a validation error's field came from. */
        String headerOfField(String field, boolean contactPerson) {
            for (PartnerColumn column : PartnerColumn.values()) {
                if (column.isContactPerson() == contactPerson && column.field().equals(field)) {
                    return header(column);
                }
            }
            return null;
        }
    }
}
