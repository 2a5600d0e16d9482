package nl.verbinder.service.transfer.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/** JSON backups as an older release wrote them, made from a backup of this one. */
public final class OlderBackups {

    private OlderBackups() {
    }

    /**
     * Rewrites a JSON backup of the {@link nl.verbinder.service.transfer.NetworkFixture} into what
     * a version-1 Verbinder wrote: the same tables without those of later migrations (V2: settings
     * and snoozes, V3: import records, V5: history, V6: the trash, V7: practice networks, V8: agenda
     * events, V11: relationship checks, network snoozes, follow-ups owed by the partner; a partner's
     * trust migrates into its check again) and without the columns they added (V4:
     * shared_goal.achieved_on; the fixture has no achieved goal, so it is empty; V14:
     * contact_moment.client_id; V17: partner.known_since).
     */
    public static void makeVersionOne(Path backup) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(backup.toFile());
        json.put("schemaVersion", 1);
        ArrayNode tables = (ArrayNode) json.get("tables");
        for (int i = tables.size() - 1; i >= 0; i--) {
            String name = tables.get(i).get("name").asText();
            if (name.startsWith("import_record") || name.equals("setting") || name.equals("attention_snooze")
                    || name.startsWith("history_") || name.equals("trash_item") || name.equals("calendar_event")
                    || name.startsWith("practice_network") || name.startsWith("network_review")
                    || name.equals("relationship_check") || name.equals("network_snooze")
                    || name.equals("follow_up_theirs")) {
                json.put("rowCount", json.get("rowCount").asLong() - tables.get(i).get("rows").size());
                tables.remove(i);
            } else if (name.equals("shared_goal")) {
                withoutColumn(tables.get(i), "achieved_on");
            } else if (name.equals("contact_moment")) {
                withoutColumn(tables.get(i), "client_id"); // V14; the fixture logged none through the outbox
            } else if (name.equals("partner")) {
                withoutColumn(tables.get(i), "known_since"); // V17; the fixture's partners have none
            }
        }
        mapper.writeValue(backup.toFile(), json);
    }

    /** Removes a column a later migration added from a table of a JSON backup. */
    private static void withoutColumn(JsonNode table, String column) {
        ArrayNode columns = (ArrayNode) table.get("columns");
        int index = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).asText().equals(column)) {
                index = c;
            }
        }
        assertThat(index).as("the column " + column + " is in the backup").isNotNegative();
        columns.remove(index);
        for (var row : table.get("rows")) {
            ((ArrayNode) row).remove(index);
        }
    }
}
