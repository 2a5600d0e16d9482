package nl.verbinder.service.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.domain.TherapistRole;

/**
 * The demo practice as written in {@code src/main/resources/nl/verbinder/demo/}: the texts
 * live in JSON so they read as data, not as code. Dates are given as days before today, so
 * the demo always looks current. Rows refer to each other by key (partners, therapists) or,
 * for contact persons, by name within their partner.
 */
record DemoData(
        Practice practice,
        List<PartnerRow> partners,
        Map<String, List<Template>> templates,
        List<GoalRow> goals,
        List<NoteRow> notes) {

    private static final String FOLDER = "/nl/verbinder/demo/";

    static DemoData load() {
        ObjectMapper json = new ObjectMapper();
        return new DemoData(
                read(json, "practice.json", new TypeReference<Practice>() { }),
                read(json, "partners.json", new TypeReference<List<PartnerRow>>() { }),
                read(json, "moment-templates.json", new TypeReference<Map<String, List<Template>>>() { }),
                read(json, "goals.json", new TypeReference<List<GoalRow>>() { }),
                read(json, "environment.json", new TypeReference<List<NoteRow>>() { }));
    }

    private static <T> T read(ObjectMapper json, String file, TypeReference<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo resource missing: " + FOLDER + file);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo resource unreadable: " + FOLDER + file, e);
        }
    }

    record Practice(ProfileRow profile, List<TherapistRow> therapists) {
    }

    record ProfileRow(String name, String street, String postcode, String city, String specialisations,
                      String passionsAndCompetences, String distinctiveStrengths, String targetGroups) {

        PracticeProfile toProfile(int version) {
            return new PracticeProfile(name, street, postcode, city, specialisations, passionsAndCompetences,
                    distinctiveStrengths, targetGroups, null, version);
        }
    }

    record TherapistRow(String key, String name, TherapistRole role, String competences) {
    }

    /**
     * A partner with its contact persons and how the relationship went.
     *
     * @param templates the set of moment templates to use; the category's name when absent
     * @param history   how often we had contact; absent for partners we never contacted
     * @param stories   moments written out in full, on top of the generated ones
     */
    record PartnerRow(String key, String name, PartnerKind kind, Category category, String templates, String street,
                      String postcode, String city, String phone, String email, String website, PartnerStatus status,
                      Integer trust, String owner, Integer rhythmDays, List<String> tags, String howWeKnowEachOther,
                      String whatTheyMeanForUs, String whatWeMeanForThem, String notes, History history,
                      List<PersonRow> people, List<Story> stories) {

        PartnerRow {
            tags = tags == null ? List.of() : List.copyOf(tags);
            people = people == null ? List.of() : List.copyOf(people);
            stories = stories == null ? List.of() : List.copyOf(stories);
        }

        String templateSet() {
            return templates != null ? templates : category.name();
        }

        int effectiveRhythmDays() {
            return rhythmDays != null ? rhythmDays : category.defaultRhythmDays();
        }
    }

    /**
     * The shape of a relationship over the demo's eighteen months.
     *
     * @param lastDaysAgo when the most recent generated contact was
     * @param everyDays   the usual number of days between contacts
     * @param count       at most this many generated contacts, or {@code null} for as many as fit
     * @param askOnly     we only ever asked this partner for something and never offered anything
     */
    record History(Trend trend, int lastDaysAgo, int everyDays, Integer count, boolean askOnly) {

        enum Trend {
            /** Contact at a steady pace. */
            REGULAR,
            /** Contact was frequent once and has been thinning out since. */
            DECLINING
        }
    }

    record PersonRow(String name, String role, String email, String phone, String linkedin, String notes) {
    }

    /** A contact moment written out in full, for a partner or a shared goal. */
    record Story(String partner, int daysAgo, ContactKind kind, String summary, String offered, String asked,
                 String followUp, Integer followUpInDays, boolean followUpDone, List<String> people,
                 List<String> therapists) {

        Story {
            people = people == null ? List.of() : List.copyOf(people);
            therapists = therapists == null ? List.of() : List.copyOf(therapists);
        }
    }

    /**
     * What a typical contact moment with a kind of partner says.
     *
     * @param once the moment happens once in a relationship (an anniversary, a first tour), not again and again
     */
    record Template(ContactKind kind, String summary, String offered, String asked, String followUp,
                    Integer followUpInDays, boolean once) {

        boolean hasFollowUp() {
            return followUp != null;
        }
    }

    record GoalRow(String title, GoalStatus status, int targetInDays, List<String> partners, String whatIsGoingOn,
                   String whatMattersForPatient, String possibilities, String whatWeGoFor, List<Story> stories) {

        GoalRow {
            partners = partners == null ? List.of() : List.copyOf(partners);
            stories = stories == null ? List.of() : List.copyOf(stories);
        }
    }

    record NoteRow(EnvironmentFactor factor, String area, String title, String body, SourceKind sourceKind,
                   String sourceUrl, int observedDaysAgo, List<String> partners) {

        NoteRow {
            partners = partners == null ? List.of() : List.copyOf(partners);
        }
    }
}
