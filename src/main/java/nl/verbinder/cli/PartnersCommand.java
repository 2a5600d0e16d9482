package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.csv.CsvTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code partners}: list partners, filtered and searched, as a table, CSV or JSON. */
@Command(name = "partners", mixinStandardHelpOptions = true, sortOptions = false)
final class PartnersCommand extends ContextCommand {

    /** Output formats. */
    enum Format { table, csv, json }

    @Mixin
    PartnerFilterOptions filter;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", descriptionKey = "option.format")
    Format format;

    PartnersCommand(CliContext context) {
        super(context);
    }

    /** A partner as the JSON and CSV output show it: codes, not labels; English camelCase names. */
    record PartnerRow(long id, String name, String category, String status, String street, String postcode,
                      String city, String phone, String email, String website, int cadenceDays, Integer trust,
                      String owner, List<String> tags, LocalDate lastContact) {

        static PartnerRow of(PartnerOverview o) {
            var p = o.partner();
            return new PartnerRow(p.id(), p.name(), p.category().code(), p.status().code(), p.street(), p.postcode(),
                    p.city(), p.phone(), p.email(), p.website(), p.effectiveRhythmDays(), p.trust(), o.ownerName(),
                    p.tags(), o.lastContact());
        }
    }

    @Override
    public Integer call() {
        List<PartnerOverview> partners = context.services().partners().list(filter.query(context));
        switch (format) {
            case json -> printJson(partners);
            case csv -> printCsv(partners);
            case table -> printTable(partners);
        }
        return ExitCodes.DONE;
    }

    private void printJson(List<PartnerOverview> partners) {
        Json.print(context.out(), partners.stream().map(PartnerRow::of).toList());
    }

    /** The machine-readable list: codes instead of labels, ids included; written by the export's CSV writer. */
    private void printCsv(List<PartnerOverview> partners) {
        List<String> columns = List.of("id", "name", "category", "status", "street", "postcode", "city", "phone",
                "email", "website", "cadenceDays", "trust", "owner", "tags", "lastContact");
        try (CsvTableWriter csv = CsvTableWriter.start(context.out(), CsvDialect.STANDARD, columns)) {
            for (PartnerOverview o : partners) {
                PartnerRow r = PartnerRow.of(o);
                csv.row(Arrays.asList(String.valueOf(r.id()), r.name(), r.category(), r.status(), r.street(),
                        r.postcode(), r.city(), r.phone(), r.email(), r.website(), String.valueOf(r.cadenceDays()),
                        r.trust() == null ? null : String.valueOf(r.trust()), r.owner(), String.join("; ", r.tags()),
                        r.lastContact() == null ? null : r.lastContact().toString()));
            }
        }
    }

    private void printTable(List<PartnerOverview> partners) {
        Messages m = context.messages();
        TextTable table = new TextTable(List.of("#", m.get("field.name"), m.get("field.category"),
                m.get("field.status"), m.get("field.city"), m.get("field.owner"), m.get("cli.partners.last-contact")),
                7, 48, 24, 12, 20, 20, 16);
        for (PartnerOverview o : partners) {
            var p = o.partner();
            table.add(Arrays.asList(String.valueOf(p.id()), p.name(), m.get(p.category().labelKey()),
                    m.get(p.status().labelKey()), p.city(), o.ownerName(),
                    o.lastContact() == null ? "-" : m.date(o.lastContact())));
        }
        table.print(context.out());
        context.out().println(m.get("cli.partners.count", partners.size()));
    }
}
