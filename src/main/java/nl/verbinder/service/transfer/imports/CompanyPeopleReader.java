package nl.verbinder.service.transfer.imports;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.PersonName;
import nl.verbinder.domain.Texts;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.TextFile;
import nl.verbinder.service.transfer.csv.SpreadsheetSafe;
import nl.verbinder.service.transfer.exports.CardName;

/**
 * Reads people with the company they work at (LinkedIn's Connections.csv, vCard files) into
 * entries: each person becomes a contact person of the partner named after their company. A
 * person without a company is reported and left out: Verbinder does not guess where they belong.
 */
final class CompanyPeopleReader {

    /** LinkedIn's columns, by folded header (English and Dutch exports). */
    private static final Map<String, String> LINKEDIN_COLUMNS = Map.ofEntries(
            Map.entry("firstname", "first"), Map.entry("voornaam", "first"),
            Map.entry("lastname", "last"), Map.entry("achternaam", "last"),
            Map.entry("url", "url"), Map.entry("profileurl", "url"), Map.entry("profielurl", "url"),
            Map.entry("emailaddress", "email"), Map.entry("email", "email"), Map.entry("emailadres", "email"),
            Map.entry("company", "company"), Map.entry("bedrijf", "company"), Map.entry("organisatie", "company"),
            Map.entry("position", "position"), Map.entry("functie", "position"), Map.entry("positie", "position"));

    private final RowChecks checks;

    CompanyPeopleReader(RowChecks checks) {
        this.checks = checks;
    }

    /** LinkedIn's header: it names the first and the last name. */
    static boolean isLinkedInHeader(List<String> cells) {
        List<String> roles = cells.stream().map(c -> LINKEDIN_COLUMNS.get(PartnerColumn.key(c))).toList();
        return roles.contains("first") && roles.contains("last");
    }

    ImportInput readLinkedIn(CsvTable table, Progress progress) {
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<ImportEntry> entries = new ArrayList<>();
        if (table.header().isEmpty()) {
            fileProblems.add(ImportProblem.error(0, null, "transfer.import.linkedin.no-header"));
        } else {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                String role = LINKEDIN_COLUMNS.get(PartnerColumn.key(table.header().get(i)));
                if (role != null) {
                    columns.putIfAbsent(role, i);
                }
            }
            int done = 0;
            for (CsvTable.Row row : table.rows()) {
                Function<String, String> cell = role -> columns.containsKey(role)
                        ? Texts.clean(SpreadsheetSafe.restore(row.cell(columns.get(role)))) : null;
                Function<String, String> header = role -> columns.containsKey(role)
                        ? table.columnName(columns.get(role)) : null;
                String name = PersonName.join(cell.apply("first"), cell.apply("last"));
                entries.add(entry(row.number(), name, cell.apply("company"), cell.apply("position"),
                        cell.apply("email"), null, cell.apply("url"), null, field -> header.apply(switch (field) {
                            case "name" -> "first";
                            case "role" -> "position";
                            case "email" -> "email";
                            case "linkedinUrl" -> "url";
                            default -> "company";
                        })));
                progress.update(++done, table.rows().size());
            }
            for (ImportProblem problem : table.problems()) {
                entries.add(new ImportEntry(problem.row(), "", null, null, List.of(problem)));
            }
            entries.sort(Comparator.comparingInt(ImportEntry::row));
        }
        return new ImportInput(ImportSource.LINKEDIN, table.file(), table.source().encodingName(), table.separator(),
                List.of(), entries, fileProblems, PartnerMatching.COMPANY_NAME, RowAction.MERGE);
    }

    /** Reads vCards 2.1, 3.0 and 4.0; the row of a card is its number in the file. */
    ImportInput readVCards(Path file, TextFile text, Progress progress) {
        List<VCard> cards;
        try (VCardReader reader = new VCardReader(text.text())) {
            cards = reader.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string does no I/O
        }
        List<ImportProblem> fileProblems = new ArrayList<>();
        if (cards.isEmpty()) {
            fileProblems.add(ImportProblem.error(0, null, "transfer.import.vcard.none"));
        }
        List<ImportEntry> entries = new ArrayList<>();
        int number = 0;
        for (VCard card : cards) {
            number++;
            String company = card.getOrganization() == null ? null
                    : card.getOrganization().getValues().stream().map(Texts::clean).filter(Objects::nonNull)
                            .findFirst().orElse(null);
            String linkedIn = card.getUrls().stream().map(Url::getValue).filter(Objects::nonNull)
                    .filter(u -> u.toLowerCase(Locale.ROOT).contains("linkedin.com")).findFirst().orElse(null);
            String notes = Texts.clean(String.join("\n", card.getNotes().stream().map(Note::getValue)
                    .filter(Objects::nonNull).toList()));
            entries.add(entry(number, name(card), company,
                    card.getTitles().stream().map(Title::getValue).findFirst().orElse(null),
                    card.getEmails().stream().map(Email::getValue).findFirst().orElse(null),
                    card.getTelephoneNumbers().stream().map(CompanyPeopleReader::number).filter(Objects::nonNull)
                            .findFirst().orElse(null),
                    linkedIn, notes, field -> switch (field) {
                        case "name" -> "FN";
                        case "role" -> "TITLE";
                        case "email" -> "EMAIL";
                        case "phone" -> "TEL";
                        case "linkedinUrl" -> "URL";
                        case "notes" -> "NOTE";
                        default -> "ORG";
                    }));
            progress.update(number, cards.size());
        }
        return new ImportInput(ImportSource.VCARD, file, text.encodingName(), null, List.of(), entries, fileProblems,
                PartnerMatching.COMPANY_NAME, RowAction.MERGE);
    }

    private ImportEntry entry(int row, String name, String company, String role, String email, String phone,
                              String linkedIn, String notes, Function<String, String> columnOf) {
        List<ImportProblem> problems = new ArrayList<>();
        ContactPerson person = ContactPerson.newAt(0, Texts.clean(name), Texts.clean(role), Texts.clean(email),
                Texts.clean(phone), Texts.clean(linkedIn), notes);
        problems.addAll(checks.person(row, person, columnOf));
        String label = Texts.clean(name) == null ? "" : Texts.clean(name);
        if (company == null) {
            problems.add(ImportProblem.warning(row, columnOf.apply("company"), "transfer.import.person.no-company"));
            return new ImportEntry(row, label, null, person, problems);
        }
        Partner partner = Partner.builder().name(company).kind(PartnerKind.ORGANISATION).category(Category.OTHER)
                .status(PartnerStatus.ACTIVE).build();
        problems.addAll(checks.partner(row, partner, field -> columnOf.apply("company")));
        return new ImportEntry(row, label, partner, person, problems);
    }

    private static String name(VCard card) {
        FormattedName formatted = card.getFormattedName();
        StructuredName structured = card.getStructuredName();
        if (formatted != null && Texts.clean(formatted.getValue()) != null) {
            String full = Texts.clean(formatted.getValue());
            if (structured == null) {
                return full;
            }
            // Titles and letters that N has and FN leaves out stay in the name too.
            return CardName.join(structured.getPrefixes().stream().filter(p -> !full.contains(p)).toList(), full, null,
                    structured.getSuffixes().stream().filter(p -> !full.contains(p)).toList());
        }
        if (structured == null) {
            return null;
        }
        String given = structured.getGiven();
        if (!structured.getAdditionalNames().isEmpty()) {
            given = PersonName.join(given, String.join(" ", structured.getAdditionalNames()));
        }
        // Titles and letters stay in the name, so an exported card gives them back in N.
        return CardName.join(structured.getPrefixes(), given, structured.getFamily(), structured.getSuffixes());
    }

    private static String number(Telephone telephone) {
        if (telephone.getText() != null) {
            return telephone.getText();
        }
        return telephone.getUri() == null ? null : telephone.getUri().getNumber();
    }
}
