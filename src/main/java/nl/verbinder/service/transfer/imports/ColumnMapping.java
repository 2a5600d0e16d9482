package nl.verbinder.service.transfer.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.service.transfer.PartnerColumn;

/**
 * Which column of a partner CSV goes into which field. An import starts from
 * {@link #suggest} (headers recognised in Dutch and English) and the user changes what it
 * got wrong or left out: in the window per column, on the command line with
 * {@code --map "Kolom=field"}. Columns without a field are not imported (and reported).
 *
 * @param columns for each column index that is imported, its field
 */
public record ColumnMapping(Map<Integer, PartnerColumn> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    /**
     * The mapping the headers suggest. When two columns mean the same field, the first one
     * gets it; the other is left unmapped (and reported).
     */
    public static ColumnMapping suggest(CsvTable table) {
        Map<Integer, PartnerColumn> columns = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            Optional<PartnerColumn> found = PartnerColumn.find(table.header().get(i)).filter(PartnerColumn::importable);
            if (found.isPresent() && !columns.containsValue(found.get())) {
                columns.put(i, found.get());
            }
        }
        return new ColumnMapping(columns);
    }

    /** The same mapping with this column going into this field ({@code null}: not imported). */
    public ColumnMapping with(int column, PartnerColumn field) {
        Map<Integer, PartnerColumn> changed = new LinkedHashMap<>(columns);
        if (field == null) {
            changed.remove(column);
        } else {
            changed.values().remove(field);
            changed.put(column, field);
        }
        return new ColumnMapping(changed);
    }

    /**
     * The same mapping with assignments as the command line takes them: {@code "Kolom=field"},
     * where Kolom is a header of the file (ignoring case and accents) and field a column code
     * ({@code name}, {@code city}, ...) or label ({@code Plaats}), or empty/{@code -} to leave the column out.
     */
    public ColumnMapping withAssignments(CsvTable table, List<String> assignments) {
        ColumnMapping mapping = this;
        List<FieldError> errors = new ArrayList<>();
        for (String assignment : assignments) {
            int equals = assignment.lastIndexOf('=');
            if (equals <= 0) {
                errors.add(FieldError.of("map", "transfer.import.map.syntax", assignment));
                continue;
            }
            String header = assignment.substring(0, equals);
            String field = assignment.substring(equals + 1).strip();
            int column = indexOf(table, header);
            if (column < 0) {
                errors.add(FieldError.of("map", "transfer.import.map.unknown-column", header.strip(),
                        String.join(", ", table.header())));
                continue;
            }
            if (field.isEmpty() || field.equals("-")) {
                mapping = mapping.with(column, null);
                continue;
            }
            Optional<PartnerColumn> target = PartnerColumn.find(field).filter(PartnerColumn::importable);
            if (target.isEmpty()) {
                errors.add(FieldError.of("map", "transfer.import.map.unknown-field", field, String.join(", ",
                        Arrays.stream(PartnerColumn.values()).filter(PartnerColumn::importable)
                                .map(PartnerColumn::code).toList())));
                continue;
            }
            mapping = mapping.with(column, target.get());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return mapping;
    }

    public Optional<Integer> columnOf(PartnerColumn field) {
        return columns.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst();
    }

    public Optional<PartnerColumn> fieldOf(int column) {
        return Optional.ofNullable(columns.get(column));
    }

    private static int indexOf(CsvTable table, String header) {
        String wanted = Texts.fold(header.strip());
        for (int i = 0; i < table.header().size(); i++) {
            if (Texts.fold(table.header().get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
