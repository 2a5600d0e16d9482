package nl.verbinder.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PersonTraces;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.domain.RetentionCandidate;
import nl.verbinder.domain.StoredSetting;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.SafeOutput;
import nl.verbinder.store.Store;

/**
 * A person's rights under the GDPR (AVG): what Verbinder holds about a contact person
 * (inzage, art. 15), handed over as JSON or a readable PDF (art. 20), and the review of
 * people kept longer than the practice's retention setting (art. 5). Erasing is
 * {@link ContactPersonService#erasePerson}.
 */
public final class PersonalDataService extends ServiceBase {

    /** An inzage shows the whole history of the person's record, not the newest part. */
    private static final int HISTORY_LIMIT = Integer.MAX_VALUE;

    /** How many months a contact person is kept after their last contact or their partner's end. */
    public static final String RETENTION_MONTHS = "privacy.retention.months";
    public static final int DEFAULT_RETENTION_MONTHS = 24;
    /** Prefix of the setting that says a person was reviewed and kept, with the reason as value. */
    static final String KEPT = "privacy.retention.kept.";

    /** A person kept on purpose, with the reason the user gave. */
    public record Kept(long personId, String reason) {
    }

    PersonalDataService(Store store, Clock clock) {
        super(store, clock);
    }

    /**
     * The contact person with this id, or else with this name (ignoring case, accents and
     * spacing), or else the one whose name contains it.
     *
     * @throws VerbinderException {@code privacy.person.unknown}, {@code privacy.person.ambiguous}
     */
    public ContactPerson resolve(String nameOrId) {
        String text = nameOrId == null ? "" : nameOrId.strip();
        return tx().read(() -> {
            var byId = byNumber(text, store.contactPersons()::find);
            if (byId.isPresent()) {
                return byId.get();
            }
            List<ContactPerson> found = byName(text, store.contactPersons().all(), ContactPerson::name);
            return onlyOne(found, text, "privacy.person.unknown", "privacy.person.ambiguous", ContactPerson::id,
                    ContactPerson::name);
        });
    }

    /** Everything Verbinder holds about the contact person, in one read. */
    public PersonalData gather(long personId) {
        return tx().read(() -> {
            ContactPerson person = store.contactPersons().find(personId)
                    .orElseThrow(() -> new NotFoundException("contact-person", personId));
            String partnerName = store.partners().find(person.partnerId()).map(p -> p.name()).orElse("");
            List<PersonalData.Field> record = fields(
                    "privacy.field.name", person.name(),
                    "privacy.field.partner", partnerName,
                    "privacy.field.role", person.role(),
                    "privacy.field.email", person.email(),
                    "privacy.field.phone", person.phone(),
                    "privacy.field.linkedin", person.linkedinUrl(),
                    "privacy.field.notes", person.notes(),
                    "privacy.field.created", text(person.createdAt()),
                    "privacy.field.updated", text(person.updatedAt()));
            return new PersonalData(practiceName(), now(), PersonalData.Subject.CONTACT_PERSON, personId, person.name(), record,
                    person, partnerName, store.personalData().momentsOf(personId),
                    store.personalData().findMentions(PersonTraces.of(person), personId),
                    store.personalData().importsOf(personId),
                    store.history().forRecord(RecordKind.CONTACT_PERSON, personId, HISTORY_LIMIT));
        });
    }

    /**
     * Everything Verbinder holds about a therapist of the practice: their record, the moments
     * they took part in or logged, every mention of their name elsewhere. Therapists are not
     * imported.
     */
    public PersonalData gatherTherapist(long therapistId) {
        return tx().read(() -> {
            Therapist therapist = store.therapists().find(therapistId)
                    .orElseThrow(() -> new NotFoundException("therapist", therapistId));
            List<PersonalData.Field> record = fields(
                    "privacy.field.name", therapist.name(),
                    "privacy.field.competences", therapist.competences(),
                    "privacy.field.created", text(therapist.createdAt()),
                    "privacy.field.updated", text(therapist.updatedAt()));
            record.add(1, PersonalData.Field.coded("privacy.field.therapist-role", therapist.role()));
            record.add(3, new PersonalData.Field("privacy.field.active", String.valueOf(therapist.active()),
                    "privacy.active." + therapist.active()));
            return new PersonalData(practiceName(), now(), PersonalData.Subject.THERAPIST, therapistId, therapist.name(), record,
                    null, "", store.personalData().momentsOfTherapist(therapistId),
                    store.personalData().findMentions(PersonTraces.of(therapist.name(), null, null, null), "therapist",
                            therapistId),
                    List.of(), store.history().forRecord(RecordKind.THERAPIST, therapistId, HISTORY_LIMIT));
        });
    }

    /**
     * Everything Verbinder holds about a partner that is a person (a private practice of one,
     * a coach): the record, its contact moments, every mention elsewhere, and the imports that
     * brought it in.
     *
     * @throws VerbinderException {@code privacy.partner.not-a-person} for an organisation
     */
    public PersonalData gatherPartner(long partnerId) {
        return tx().read(() -> {
            Partner partner = store.partners().find(partnerId)
                    .orElseThrow(() -> new NotFoundException("partner", partnerId));
            if (partner.kind() != PartnerKind.PERSON) {
                throw new VerbinderException("privacy.partner.not-a-person", partner.name());
            }
            List<PersonalData.Field> record = fields(
                    "privacy.field.name", partner.name(),
                    "privacy.field.email", partner.email(),
                    "privacy.field.phone", partner.phone(),
                    "privacy.field.address", String.join(" ", Stream.of(partner.street(),
                            partner.postcode(), partner.city()).filter(t -> t != null && !t.isBlank()).toList()),
                    "privacy.field.website", partner.website(),
                    "privacy.field.how-we-know", partner.howWeKnowEachOther(),
                    "privacy.field.tags", partner.tags().isEmpty() ? null : String.join(", ", partner.tags()),
                    "privacy.field.notes", partner.notes(),
                    "privacy.field.created", text(partner.createdAt()),
                    "privacy.field.updated", text(partner.updatedAt()));
            record.add(1, PersonalData.Field.coded("privacy.field.category", partner.category()));
            return new PersonalData(practiceName(), now(), PersonalData.Subject.PARTNER, partnerId, partner.name(), record, null,
                    "", store.personalData().momentsOfPartner(partnerId),
                    store.personalData().findMentions(PersonTraces.of(partner.name(), partner.email(), partner.phone(),
                            null), "partner", partnerId),
                    store.personalData().importsOfPartner(partnerId),
                    store.history().forRecord(RecordKind.PARTNER, partnerId, HISTORY_LIMIT));
        });
    }

    /** The inzage of whoever the subject says. */
    public PersonalData gather(PersonalData.Subject subject, long id) {
        return switch (subject) {
            case CONTACT_PERSON -> gather(id);
            case THERAPIST -> gatherTherapist(id);
            case PARTNER -> gatherPartner(id);
        };
    }

    /** A therapist by name or id, for {@code person show --therapist}. */
    public Therapist resolveTherapist(String nameOrId) {
        return tx().read(() -> {
            String text = nameOrId == null ? "" : nameOrId.strip();
            List<Therapist> found = matching(text, store.therapists().all(), Therapist::id, Therapist::name);
            return onlyOne(found, text, "privacy.therapist.unknown", "privacy.therapist.ambiguous", Therapist::id,
                    Therapist::name);
        });
    }

    /** A partner that is a person, by name or id, for {@code person show --partner}. */
    public Partner resolvePartner(String nameOrId) {
        return tx().read(() -> {
            String text = nameOrId == null ? "" : nameOrId.strip();
            List<Partner> candidates = new ArrayList<>();
            byNumber(text, store.partners()::find).ifPresent(candidates::add);
            candidates.addAll(store.partners().findByName(text));
            candidates.addAll(store.partners().findByNameContaining(text, 50));
            List<Partner> people = candidates.stream().filter(p -> p.kind() == PartnerKind.PERSON).distinct().toList();
            List<Partner> found = matching(text, people, Partner::id, Partner::name);
            return onlyOne(found, text, "privacy.partner.unknown", "privacy.partner.ambiguous", Partner::id,
                    Partner::name);
        });
    }

    /** By id; else by name ignoring case, accents and spacing; else by a part of the name. */
    private static <T> List<T> matching(String text, List<T> all, Function<T, Long> id,
                                        Function<T, String> name) {
        if (text.matches("\\d{1,18}")) {
            List<T> byId = all.stream().filter(t -> id.apply(t) == Long.parseLong(text)).toList();
            if (!byId.isEmpty()) {
                return byId;
            }
        }
        return byName(text, all, name);
    }

    /** By name ignoring case, accents and spacing; else by a part of the name. */
    private static <T> List<T> byName(String text, List<T> all, Function<T, String> name) {
        String folded = Texts.fold(text).replaceAll("\\s+", " ");
        List<T> exact = all.stream().filter(t -> Texts.fold(name.apply(t)).replaceAll("\\s+", " ").equals(folded))
                .toList();
        return exact.isEmpty() && !folded.isBlank()
                ? all.stream().filter(t -> Texts.fold(name.apply(t)).replaceAll("\\s+", " ").contains(folded)).toList()
                : exact;
    }

    /** The one found; refuses none ({@code unknownKey}) and more than one ({@code ambiguousKey}, naming ten). */
    private static <T> T onlyOne(List<T> found, String text, String unknownKey, String ambiguousKey,
            Function<T, Long> id, Function<T, String> name) {
        if (found.isEmpty()) {
            throw new VerbinderException(unknownKey, text);
        }
        if (found.size() > 1) {
            throw new VerbinderException(ambiguousKey, text, String.join(", ",
                    found.stream().limit(10).map(t -> name.apply(t) + " (" + id.apply(t) + ")").toList()));
        }
        return found.getFirst();
    }

    private String practiceName() {
        String practice = store.practiceProfile().load().name();
        return practice == null ? "" : practice;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Key, value, key, value, ...: the record's fields in order. */
    private static List<PersonalData.Field> fields(String... keysAndValues) {
        List<PersonalData.Field> fields = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.add(new PersonalData.Field(keysAndValues[i], keysAndValues[i + 1]));
        }
        return fields;
    }

    /** Every {@code table.column} the inzage and the erase search for mentions. */
    public List<String> searchedColumns() {
        return tx().read(() -> store.personalData().searchedColumns());
    }

    /**
     * Writes everything about the person to {@code target}: JSON when the name ends in
     * {@code .json}, a readable PDF in the language of {@code messages} when it ends in
     * {@code .pdf}. Written owner-only through a temporary file; never over the database.
     *
     * @throws VerbinderException {@code privacy.export.format},
     *                            {@code transfer.export.write-failed}
     */
    public PersonalData export(long personId, Path target, Messages messages) {
        return export(PersonalData.Subject.CONTACT_PERSON, personId, target, messages);
    }

    /** Like {@link #export(long, Path, Messages)}, for a contact person, a therapist or a partner that is a person. */
    public PersonalData export(PersonalData.Subject subject, long id, Path target, Messages messages) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".pdf")) {
            throw new VerbinderException("privacy.export.format", target.toString());
        }
        PersonalData data = gather(subject, id);
        List<String> history = json ? List.of() : historySentences(data, messages);
        SafeOutput.writeFile(target, store.location(), temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (json) {
                    jsonMapper().writeValue(out, data);
                } else {
                    new PersonalDataPdf(messages).write(data, history, out);
                }
            }
        });
        return data;
    }

    /**
     * The history of the person's record as sentences in the language of {@code messages},
     * newest first ("Anna de Vries zette de functie van ... op ..., 12-11-2026").
     */
    public List<String> historySentences(PersonalData data, Messages messages) {
        return tx().read(() -> new HistoryTexts(store, messages, clock.getZone()).lines(data.history()).stream()
                .map(HistoryLine::text).toList());
    }

    /** The JSON the export writes: dates as ISO text, indented, nulls kept. */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    // ----- retention -----

    public int retentionMonths() {
        return tx().read(() -> retentionMonths(store.settings().withPrefix(RETENTION_MONTHS).get(RETENTION_MONTHS)));
    }

    private static int retentionMonths(String value) {
        try {
            return value == null ? DEFAULT_RETENTION_MONTHS : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_RETENTION_MONTHS;
        }
    }

    /** Sets the retention period: 1 to 240 months. */
    public void setRetentionMonths(int months) {
        if (months < 1 || months > 240) {
            throw new ValidationException(FieldError.of("months", "privacy.retention.months-range",
                    String.valueOf(months)));
        }
        tx().writing(() -> store.settings().put(RETENTION_MONTHS, String.valueOf(months), now()));
    }

    /** The retention setting as stored now, to base an edit on. */
    public StoredSetting storedRetentionMonths() {
        return tx().read(() -> store.settings().stored(RETENTION_MONTHS));
    }

    /** Sets the retention period only when the setting is still as the user saw it; a conflict otherwise. */
    public void setRetentionMonths(int months, StoredSetting seen) {
        if (months < 1 || months > 240) {
            throw new ValidationException(FieldError.of("months", "privacy.retention.months-range",
                    String.valueOf(months)));
        }
        tx().writing(() -> {
            if (!RETENTION_MONTHS.equals(seen.key())
                    || !store.settings().put(RETENTION_MONTHS, String.valueOf(months), seen, now())) {
                throw new ConflictException(RETENTION_MONTHS);
            }
        });
    }

    /**
     * The contact persons kept longer than the retention setting on {@code today}, leaving out
     * those the user reviewed and kept with a reason.
     */
    public List<RetentionCandidate> retentionReview(LocalDate today) {
        return tx().read(() -> keptTooLong(store, today));
    }

    /** The review list, inside a running transaction: also for the practice-level attention hint. */
    static List<RetentionCandidate> keptTooLong(Store store, LocalDate today) {
        int months = retentionMonths(store.settings().withPrefix(RETENTION_MONTHS).get(RETENTION_MONTHS));
        Map<String, String> kept = store.settings().withPrefix(KEPT);
        return store.personalData().retentionCandidates(today.minusMonths(months)).stream()
                .filter(c -> !kept.containsKey(KEPT + c.personId())).toList();
    }

    /** Marks the person as reviewed and kept, so the review no longer lists them. */
    public void keep(long personId, String reason) {
        String why = reasonToKeep(reason);
        tx().writing(() -> {
            refuseUnknownPerson(personId);
            store.settings().put(KEPT + personId, why, now());
        });
    }

    /**
     * Keeps the person as {@link #keep} does, but only when no one kept them since the review
     * listed them (another workstation, with another reason): that is a conflict, not silently
     * replaced.
     */
    public void keepUnlessKept(long personId, String reason) {
        String why = reasonToKeep(reason);
        tx().writing(() -> {
            refuseUnknownPerson(personId);
            if (!store.settings().put(KEPT + personId, why, StoredSetting.absent(KEPT + personId), now())) {
                throw new ConflictException("contact-person", personId);
            }
        });
    }

    /** The reason a person is kept, on one line without spaces around it; refused when there is none. */
    private static String reasonToKeep(String reason) {
        String clean = Texts.cleanLine(reason);
        if (clean == null || clean.isBlank()) {
            throw new ValidationException(FieldError.of("reason", "privacy.retention.reason-required"));
        }
        return clean.strip();
    }

    /** Inside a transaction: a {@link NotFoundException} when there is no such contact person. */
    private void refuseUnknownPerson(long personId) {
        store.contactPersons().find(personId).orElseThrow(() -> new NotFoundException("contact-person", personId));
    }

    /** The people kept on purpose, with their reasons, by id. */
    public List<Kept> kept() {
        return tx().read(() -> {
            List<Kept> list = new ArrayList<>();
            store.settings().withPrefix(KEPT).forEach((key, reason) -> {
                try {
                    list.add(new Kept(Long.parseLong(key.substring(KEPT.length())), reason));
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            });
            return list;
        });
    }
}
