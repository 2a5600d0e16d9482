package nl.verbinder.testutil;

import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;

/** Readable test partners: {@code aPartner().named("Huisarts Oost").inCategory(GP).build()}. */
public final class PartnerBuilder {

    private final Partner.Builder builder = Partner.builder()
            .name("Huisartsenpraktijk De Linde")
            .category(Category.GP)
            .city("Utrecht")
            .status(PartnerStatus.ACTIVE);

    private PartnerBuilder() {
    }

    public static PartnerBuilder aPartner() {
        return new PartnerBuilder();
    }

    public PartnerBuilder named(String name) {
        builder.name(name);
        return this;
    }

    public PartnerBuilder inCategory(Category category) {
        builder.category(category);
        return this;
    }

    public PartnerBuilder withStatus(PartnerStatus status) {
        builder.status(status);
        return this;
    }

    public PartnerBuilder inCity(String city) {
        builder.city(city);
        return this;
    }

    public PartnerBuilder withPostcode(String postcode) {
        builder.postcode(postcode);
        return this;
    }

    public PartnerBuilder withEmail(String email) {
        builder.email(email);
        return this;
    }

    public PartnerBuilder withPhone(String phone) {
        builder.phone(phone);
        return this;
    }

    public PartnerBuilder withRhythm(Integer days) {
        builder.rhythmDays(days);
        return this;
    }

    public PartnerBuilder withTrust(Integer trust) {
        builder.trust(trust);
        return this;
    }

    public PartnerBuilder ownedBy(Long therapistId) {
        builder.ownerId(therapistId);
        return this;
    }

    public PartnerBuilder tagged(String... tags) {
        builder.tags(List.of(tags));
        return this;
    }

    public PartnerBuilder ofKind(PartnerKind kind) {
        builder.kind(kind);
        return this;
    }

    public PartnerBuilder atStreet(String street) {
        builder.street(street);
        return this;
    }

    public PartnerBuilder withWebsite(String website) {
        builder.website(website);
        return this;
    }

    public PartnerBuilder knownThrough(String howWeKnowEachOther) {
        builder.howWeKnowEachOther(howWeKnowEachOther);
        return this;
    }

    public PartnerBuilder withNotes(String notes) {
        builder.notes(notes);
        return this;
    }

    public Partner build() {
        return builder.build();
    }
}
