package nl.verbinder.testutil;

import nl.verbinder.domain.ContactPerson;

/** Readable test contact persons: {@code aContactPerson().at(partner.id()).named("Anja de Vries").build()}. */
public final class ContactPersonBuilder {

    private long partnerId;
    private String name = "Anja de Vries";
    private String role;
    private String email;
    private String phone;
    private String linkedinUrl;
    private String notes;

    private ContactPersonBuilder() {
    }

    public static ContactPersonBuilder aContactPerson() {
        return new ContactPersonBuilder();
    }

    public ContactPersonBuilder at(long partnerId) {
        this.partnerId = partnerId;
        return this;
    }

    public ContactPersonBuilder named(String name) {
        this.name = name;
        return this;
    }

    public ContactPersonBuilder withRole(String role) {
        this.role = role;
        return this;
    }

    public ContactPersonBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public ContactPersonBuilder withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public ContactPersonBuilder onLinkedIn(String url) {
        this.linkedinUrl = url;
        return this;
    }

    public ContactPersonBuilder withNotes(String notes) {
        this.notes = notes;
        return this;
    }

    public ContactPerson build() {
        return ContactPerson.newAt(partnerId, name, role, email, phone, linkedinUrl, notes);
    }
}
