package nl.verbinder.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.history.Change;
import nl.verbinder.domain.history.ChangeAction;
import nl.verbinder.domain.history.FieldChange;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.i18n.Messages;
import nl.verbinder.store.Store;

/**
 * Says changes as sentences: field names and coded values through the bundles, ids as the
 * names of what they point to, dates as the user writes them. Runs inside a read transaction.
 */
final class HistoryTexts {

    /** Fields whose value is a date. */
    private static final Set<String> DATES = Set.of("moment_date", "follow_up_due", "follow_up_done", "target_date",
            "observed_on", "until", "snoozed_on", "achieved_on", "known_since");

    /** Fields that hold who/what another record is, not a value of their own. */
    private static final Set<String> HIDDEN = Set.of("deleted_at");

    private final Store store;
    private final Messages messages;
    private final ZoneId zone;
    private final Map<String, String> names = new HashMap<>();
    private Map<Long, String> therapists;

    HistoryTexts(Store store, Messages messages, ZoneId zone) {
        this.store = store;
        this.messages = messages;
        this.zone = zone;
    }

    List<HistoryLine> lines(List<Change> changes) {
        List<HistoryLine> lines = new ArrayList<>(changes.size());
        for (Change change : changes) {
            String who = change.actor() != null ? change.actor() : messages.get("history.who.unknown");
            String when = messages.date(LocalDate.ofInstant(change.changedAt(), zone));
            lines.add(new HistoryLine(change, who, when, sentence(change, who)));
        }
        return lines;
    }

    private String sentence(Change change, String who) {
        String record = record(change);
        return switch (change.action()) {
            case START -> messages.get("history.sentence.start");
            case ERASE -> messages.get("history.sentence.erase", who);
            case INSERT -> change.kind().isLink()
                    ? messages.get("history.sentence.link." + change.kind().code(), who, record, other(change, true))
                    : messages.get("history.sentence.insert", who, record);
            case DELETE -> change.kind().isLink()
                    ? messages.get("history.sentence.unlink." + change.kind().code(), who, record, other(change, false))
                    : messages.get("history.sentence.delete", who, record);
            case UPDATE -> update(change, who, record);
        };
    }

    private String update(Change change, String who, String record) {
        var trash = change.field("deleted_at");
        if (trash.isPresent()) {
            return messages.get(trash.get().newValue() != null ? "history.sentence.trash" : "history.sentence.restore",
                    who, record);
        }
        List<FieldChange> shown = change.fields().stream().filter(f -> !HIDDEN.contains(f.field())).toList();
        if (shown.size() == 1) {
            FieldChange f = shown.getFirst();
            return messages.get("history.sentence.set", who, fieldName(f.field()), record,
                    value(change, f.field(), f.oldValue()), value(change, f.field(), f.newValue()));
        }
        List<String> parts = new ArrayList<>();
        for (FieldChange f : shown) {
            parts.add(messages.get("history.sentence.part", fieldName(f.field()), value(change, f.field(), f.oldValue()),
                    value(change, f.field(), f.newValue())));
        }
        return messages.get("history.sentence.changed", who, record, String.join("; ", parts));
    }

    /** "de partner De Linde", "het contactmoment van 12-11-2026". */
    private String record(Change change) {
        if (change.action() == ChangeAction.ERASE || change.label() == null && change.kind() == RecordKind.CONTACT_PERSON) {
            return messages.get("history.kind.erased-person");
        }
        if (change.label() == null && change.kind() != RecordKind.PRACTICE && change.kind() != RecordKind.HISTORY) {
            return messages.get("history.kind.forgotten");
        }
        String label = change.label();
        if (change.kind() == RecordKind.CONTACT_MOMENT || change.kind().code().startsWith("moment-")) {
            label = dateText(label);
        }
        if (change.kind() == RecordKind.SETTING) {
            String key = "history.setting." + label;
            label = messages.has(key) ? messages.get(key) : label;
        }
        String partner = change.partnerName() == null ? messages.get("history.kind.forgotten") : change.partnerName();
        return messages.get("history.record." + change.kind().code(), label, partner);
    }

    /** The other end of a link: a tag, a partner, a therapist, a person, a goal. */
    private String other(Change change, boolean added) {
        if (change.kind() == RecordKind.GOAL_PARTNER || change.kind() == RecordKind.NOTE_PARTNER
                || change.kind() == RecordKind.NETWORK_MEMBER) {
            return change.partnerName() == null ? "" : change.partnerName();
        }
        for (FieldChange f : change.fields()) {
            String raw = added ? f.newValue() : f.oldValue();
            switch (f.field()) {
                case "tag" -> {
                    return raw;
                }
                case "therapist_id", "contact_person_id", "goal_id" -> {
                    return value(change, f.field(), raw);
                }
                default -> {
                }
            }
        }
        return change.partnerName() == null ? "" : change.partnerName();
    }

    private String fieldName(String field) {
        String key = "history.field." + field;
        return messages.has(key) ? messages.get(key) : field;
    }

    /** A stored value as the user reads it. */
    String value(Change change, String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return messages.get("history.value.empty");
        }
        try {
            String coded = switch (field) {
                case "status" -> change.kind() == RecordKind.GOAL ? "goal-status." : "partner-status.";
                case "category" -> "category.";
                case "kind" -> change.kind() == RecordKind.CONTACT_MOMENT ? "contact-kind." : "partner-kind.";
                case "factor" -> "environment-factor.";
                case "source_kind" -> "source-kind.";
                case "role" -> change.kind() == RecordKind.THERAPIST ? "therapist-role." : null;
                default -> null;
            };
            if (coded != null && messages.has(coded + raw)) {
                return messages.get(coded + raw);
            }
            if (DATES.contains(field)) {
                return dateText(raw);
            }
            return switch (field) {
                case "owner_id", "logged_by", "therapist_id" -> therapist(Long.parseLong(raw));
                case "partner_id" -> change.partnerName() != null && String.valueOf(change.partnerId()).equals(raw)
                        ? change.partnerName() : partner(Long.parseLong(raw));
                case "goal_id" -> name(RecordKind.GOAL, Long.parseLong(raw));
                case "note_id" -> name(RecordKind.NOTE, Long.parseLong(raw));
                case "contact_person_id" -> name(RecordKind.CONTACT_PERSON, Long.parseLong(raw));
                case "active" -> messages.get("1".equals(raw) ? "history.value.yes" : "history.value.no");
                default -> raw;
            };
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private String dateText(String iso) {
        try {
            return messages.date(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    private String therapist(long id) {
        if (therapists == null) {
            therapists = new HashMap<>();
            for (Therapist t : store.therapists().all()) {
                therapists.put(t.id(), t.name());
            }
        }
        String name = therapists.get(id);
        return name != null ? name : name(RecordKind.THERAPIST, id);
    }

    private String partner(long id) {
        return names.computeIfAbsent("partner/" + id, k -> store.partners().find(id).map(p -> p.name())
                .orElseGet(() -> lastKnown(RecordKind.PARTNER, id)));
    }

    private String name(RecordKind kind, long id) {
        return names.computeIfAbsent(kind.code() + "/" + id, k -> switch (kind) {
            case GOAL -> store.sharedGoals().find(id).map(SharedGoal::title).orElseGet(() -> lastKnown(kind, id));
            case NOTE -> store.environmentNotes().find(id).map(EnvironmentNote::title)
                    .orElseGet(() -> lastKnown(kind, id));
            case CONTACT_PERSON -> store.contactPersons().find(id).map(ContactPerson::name)
                    .orElseGet(() -> lastKnown(kind, id));
            default -> lastKnown(kind, id);
        });
    }

    private String lastKnown(RecordKind kind, long id) {
        return store.history().lastLabel(kind, id)
                .orElseGet(() -> kind == RecordKind.CONTACT_PERSON ? messages.get("history.kind.erased-person") : "#" + id);
    }
}
