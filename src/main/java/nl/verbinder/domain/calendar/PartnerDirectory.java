package nl.verbinder.domain.calendar;

import java.util.List;

/**
 * What matching an agenda needs to know of the practice's partners: names, website, e-mail, and
 * their contact persons' names and e-mail addresses. Partners in the trash are not in it.
 */
public record PartnerDirectory(List<Entry> partners) {

    public PartnerDirectory {
        partners = List.copyOf(partners);
    }

    /** One partner. {@code website} and {@code email} may be {@code null}. */
    public record Entry(long partnerId, String name, String website, String email, List<Person> persons) {
        public Entry {
            persons = List.copyOf(persons);
        }
    }

    /** One contact person. {@code email} may be {@code null}. */
    public record Person(long personId, String name, String email) {
    }
}
