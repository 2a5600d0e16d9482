package nl.verbinder.domain;

import java.time.Instant;

/** A person at a partner. Personal data under the GDPR: it can be shown, exported and erased. */
public record ContactPerson(
        Long id,
        long partnerId,
        String name,
        String role,
        String email,
        String phone,
        String linkedinUrl,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** A new contact person at the given partner, not yet stored. */
    public static ContactPerson newAt(long partnerId, String name, String role, String email, String phone,
                                      String linkedinUrl, String notes) {
        return new ContactPerson(null, partnerId, name, role, email, phone, linkedinUrl, notes, null, null, 0);
    }

    public ContactPerson withPartnerId(long newPartnerId) {
        return new ContactPerson(id, newPartnerId, name, role, email, phone, linkedinUrl, notes, createdAt, updatedAt,
                version);
    }
}
