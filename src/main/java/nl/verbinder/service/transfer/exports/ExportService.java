package nl.verbinder.service.transfer.exports;

import biweekly.ICalVersion;
import biweekly.io.text.ICalWriter;
import ezvcard.VCard;
import ezvcard.io.text.VCardWriter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.PartnerService;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.SafeOutput;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.csv.CsvTableWriter;
import nl.verbinder.store.Store;

/**
 * Exports: the partner list and contact moments as CSV, contact persons as vCards, open
 * follow-ups as iCalendar. Each reads what it writes in one read transaction, writes to a
 * temporary file and moves it into place when complete (see {@link SafeOutput}), and reports
 * progress per record. Labels and headers are in the language of the {@link Messages} given.
 */
public final class ExportService {

    /** The columns of a contact-moment export, by field key. */
    private static final List<String> MOMENT_FIELDS = List.of("date", "partner", "kind", "summary", "offered", "asked",
            "followUp", "followUpDue", "followUpDone", "loggedBy", "therapists", "contactPersons", "goals");

    private final Store store;
    private final Clock clock;
    private final PartnerService partnerList;

    public ExportService(Store store, Clock clock, PartnerService partnerList) {
        this.store = store;
        this.clock = clock;
        this.partnerList = partnerList;
    }

    /**
     * Reads what an export needs; when the database is known to be damaged and the part cannot
     * be read, says which part (nothing is written, the target stays as it was). On a healthy
     * database a read failure stays the error it is.
     */
    private <T> T readOfDamaged(String partKey, Path target, Supplier<T> read) {
        try {
            return read.get();
        } catch (VerbinderException e) {
            if (store.damage().isEmpty()) {
                throw e;
            }
            throw new VerbinderException(partKey, e, store.location().toString(), store.damage().get(), target.toString());
        }
    }

    /**
     * Writes the partners the query finds (the list as filtered) to a CSV file with the given
     * columns (in that order), a header row of their labels, and one row per partner.
     */
    public ExportSummary exportPartners(PartnerQuery query, List<PartnerColumn> columns, CsvDialect dialect,
                                        Messages messages, Path target, Progress progress) {
        List<PartnerColumn> chosen = columns.isEmpty() ? PartnerColumn.defaultExport() : List.copyOf(columns);
        for (PartnerColumn column : chosen) {
            if (!column.exportable()) {
                throw new ValidationException(FieldError.of("columns", "transfer.export.column.not-exportable", column.code()));
            }
        }
        // Through the partner list itself, so "needs attention" means what the Aandacht view shows.
        List<PartnerOverview> partners = readOfDamaged("transfer.export.damaged.partners", target,
                () -> partnerList.list(query.withPage(0, 0)));
        PartnerColumn.Context context = new PartnerColumn.Context(messages, dialect);
        List<String> header = chosen.stream().map(c -> messages.get(c.labelKey())).toList();
        writeCsv(target, dialect, header, partners, p -> chosen.stream().map(c -> c.valueOf(p, context)).toList(),
                progress);
        return new ExportSummary(target, partners.size(), 0, List.of(target));
    }

    /**
     * Writes the contact moments of a period (either end may be open) to a CSV file, oldest
     * first, with names and labels instead of ids.
     */
    public ExportSummary exportMoments(LocalDate from, LocalDate to, CsvDialect dialect, Messages messages, Path target,
                                       Progress progress) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException(FieldError.of("to", "transfer.export.period.reversed", from, to));
        }
        List<MomentView> moments = new ArrayList<>(readOfDamaged("transfer.export.damaged.moments", target,
                () -> store.transactions().read(() -> store.contactMoments().list(MomentQuery.all().between(from, to)))));
        moments.sort(Comparator.comparing((MomentView v) -> v.moment().date()).thenComparing(v -> v.moment().id()));
        List<String> header = MOMENT_FIELDS.stream().map(f -> messages.get("field." + f)).toList();
        writeCsv(target, dialect, header, moments, v -> momentRow(v, dialect, messages), progress);
        return new ExportSummary(target, moments.size(), 0, List.of(target));
    }

    /**
     * Writes every contact person (of partners not in the trash) as a vCard: all in one file,
     * or, with {@code onePerPerson}, one file each in the target folder (Outlook on the desktop
     * reads only the first card of a file).
     */
    public ExportSummary exportContactPersons(VCardVersion version, boolean onePerPerson, Path target,
                                              Progress progress) {
        record Entry(ContactPerson person, Partner partner) {
        }
        List<Entry> entries = store.transactions().read(() -> {
            Map<Long, Partner> partners = store.partners().list(PartnerQuery.all(), LocalDate.now(clock)).stream()
                    .map(PartnerOverview::partner).collect(Collectors.toMap(Partner::id, Function.identity()));
            return store.contactPersons().all().stream()
                    .map(p -> new Entry(p, partners.get(p.partnerId())))
                    .sorted(Comparator.comparing((Entry e) -> e.partner().name(), String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(e -> e.person().name(), String.CASE_INSENSITIVE_ORDER))
                    .toList();
        });
        int total = entries.size();
        if (!onePerPerson) {
            SafeOutput.writeFile(target, store.location(), file -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                     VCardWriter cards = vCardWriter(out, version)) {
                    int done = 0;
                    for (Entry entry : entries) {
                        cards.write(ContactCards.card(entry.person(), entry.partner()));
                        progress.update(++done, total);
                    }
                }
            });
            return new ExportSummary(target, total, 0, List.of(target));
        }
        List<Path> files = new ArrayList<>();
        SafeOutput.writeFolder(target, store.location(), ".vcf", folder -> {
            // Names are unique within the export; a file of an earlier export with the same name is replaced.
            Set<String> taken = new HashSet<>();
            int done = 0;
            for (Entry entry : entries) {
                String name = unique(ContactCards.fileName(entry.person(), entry.partner()), taken);
                VCard card = ContactCards.card(entry.person(), entry.partner());
                try (Writer out = new BufferedWriter(new OutputStreamWriter(
                        SafeOutput.newOwnerOnlyFile(folder.resolve(name)), StandardCharsets.UTF_8));
                     VCardWriter cards = vCardWriter(out, version)) {
                    cards.write(card);
                }
                files.add(target.resolve(name));
                progress.update(++done, total);
            }
        });
        return new ExportSummary(target, total, 0, files);
    }

    /**
     * Writes the open follow-ups (of partners not in the trash) to an iCalendar file: as
     * all-day events on their due dates (what Outlook and Google Calendar import; follow-ups
     * without a due date are left out and counted) or as tasks.
     */
    public ExportSummary exportFollowUps(CalendarStyle style, Messages messages, Path target, Progress progress) {
        List<MomentView> open = store.transactions().read(
                () -> store.contactMoments().list(MomentQuery.all().openFollowUps(true)));
        List<MomentView> ordered = open.stream()
                .sorted(Comparator.comparing((MomentView v) -> v.moment().followUpDue(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(v -> v.moment().id()))
                .toList();
        FollowUpCalendar calendar = new FollowUpCalendar(messages, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                ZoneId.systemDefault());
        int written = 0;
        int done = 0;
        for (MomentView view : ordered) {
            if (style == CalendarStyle.TASKS) {
                calendar.addTask(view);
                written++;
            } else if (calendar.addEvent(view)) {
                written++;
            }
            progress.update(++done, ordered.size());
        }
        SafeOutput.writeFile(target, store.location(), file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 ICalWriter writer = new ICalWriter(new OctetFolding(out), ICalVersion.V2_0)) {
                writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null); // folded by octets instead
                writer.write(calendar.calendar());
            }
        });
        return new ExportSummary(target, written, ordered.size() - written, List.of(target));
    }

    private <T> void writeCsv(Path target, CsvDialect dialect, List<String> header, List<T> records,
                              Function<T, List<String>> row, Progress progress) {
        SafeOutput.writeFile(target, store.location(), file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CsvTableWriter csv = CsvTableWriter.start(out, dialect, header)) {
                int done = 0;
                for (T record : records) {
                    csv.row(row.apply(record));
                    progress.update(++done, records.size());
                }
            }
        });
    }

    private static List<String> momentRow(MomentView view, CsvDialect dialect, Messages messages) {
        ContactMoment m = view.moment();
        return Arrays.asList(dialect.date(m.date()), view.partnerName(), messages.get(m.kind().labelKey()), m.summary(),
                m.offered(), m.asked(), m.followUp(), dialect.date(m.followUpDue()), dialect.date(m.followUpDone()),
                view.loggedByName(), String.join(", ", view.therapistNames()),
                String.join(", ", view.contactPersonNames()), String.join(", ", view.goalTitles()));
    }

    private static VCardWriter vCardWriter(Writer out, VCardVersion version) {
        VCardWriter writer = new VCardWriter(new OctetFolding(out), version.library());
        writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null); // folded by octets instead
        writer.setAddProdId(false);
        return writer;
    }

    /** "Name.vcf", or "Name (2).vcf" when two people share a name, ignoring case as Windows does. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int n = 2;
        while (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
            candidate = name.substring(0, name.length() - 4) + " (" + n++ + ").vcf";
        }
        return candidate;
    }
}
