package nl.verbinder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation or person the practice works with. New partners have no id yet;
 * {@code version} guards against overwriting someone else's edit; a partner with a
 * {@code deletedAt} is in the trash.
 *
 * @param rhythmDays the desired number of days between contact moments, or {@code null}
 *                   for the category's default (see {@link #effectiveRhythmDays()})
 * @param trust      how much the practice trusts the relationship, 1 to 5, or {@code null}
 * @param ownerId    the therapist who looks after this relationship, or {@code null}
 * @param knownSince the day the practice has known the partner since, when earlier than its
 *                   creation (an imported list's "Bekend sinds"), or {@code null}
 */
public record Partner(
        Long id,
        String name,
        PartnerKind kind,
        Category category,
        String street,
        String postcode,
        String city,
        String phone,
        String email,
        String website,
        String howWeKnowEachOther,
        String whatTheyMeanForUs,
        String whatWeMeanForThem,
        Integer rhythmDays,
        PartnerStatus status,
        Integer trust,
        Long ownerId,
        List<String> tags,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version,
        Instant deletedAt,
        LocalDate knownSince) {

    public Partner {
        tags = tags == null ? List.of() : List.copyOf(tags);
        kind = kind == null ? PartnerKind.ORGANISATION : kind;
        status = status == null ? PartnerStatus.ACTIVE : status;
    }

    public int effectiveRhythmDays() {
        return rhythmDays != null ? rhythmDays : category.defaultRhythmDays();
    }

    public boolean inTrash() {
        return deletedAt != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds partners field by field; unset fields stay empty. */
    public static final class Builder {
        private Long id;
        private String name;
        private PartnerKind kind = PartnerKind.ORGANISATION;
        private Category category;
        private String street;
        private String postcode;
        private String city;
        private String phone;
        private String email;
        private String website;
        private String howWeKnowEachOther;
        private String whatTheyMeanForUs;
        private String whatWeMeanForThem;
        private Integer rhythmDays;
        private PartnerStatus status = PartnerStatus.ACTIVE;
        private Integer trust;
        private Long ownerId;
        private List<String> tags = List.of();
        private String notes;
        private Instant createdAt;
        private Instant updatedAt;
        private int version;
        private Instant deletedAt;
        private LocalDate knownSince;

        private Builder() {
        }

        private Builder(Partner p) {
            id = p.id;
            name = p.name;
            kind = p.kind;
            category = p.category;
            street = p.street;
            postcode = p.postcode;
            city = p.city;
            phone = p.phone;
            email = p.email;
            website = p.website;
            howWeKnowEachOther = p.howWeKnowEachOther;
            whatTheyMeanForUs = p.whatTheyMeanForUs;
            whatWeMeanForThem = p.whatWeMeanForThem;
            rhythmDays = p.rhythmDays;
            status = p.status;
            trust = p.trust;
            ownerId = p.ownerId;
            tags = p.tags;
            notes = p.notes;
            createdAt = p.createdAt;
            updatedAt = p.updatedAt;
            version = p.version;
            deletedAt = p.deletedAt;
            knownSince = p.knownSince;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder name(String value) { name = value; return this; }
        public Builder kind(PartnerKind value) { kind = value; return this; }
        public Builder category(Category value) { category = value; return this; }
        public Builder street(String value) { street = value; return this; }
        public Builder postcode(String value) { postcode = value; return this; }
        public Builder city(String value) { city = value; return this; }
        public Builder phone(String value) { phone = value; return this; }
        public Builder email(String value) { email = value; return this; }
        public Builder website(String value) { website = value; return this; }
        public Builder howWeKnowEachOther(String value) { howWeKnowEachOther = value; return this; }
        public Builder whatTheyMeanForUs(String value) { whatTheyMeanForUs = value; return this; }
        public Builder whatWeMeanForThem(String value) { whatWeMeanForThem = value; return this; }
        public Builder rhythmDays(Integer value) { rhythmDays = value; return this; }
        public Builder status(PartnerStatus value) { status = value; return this; }
        public Builder trust(Integer value) { trust = value; return this; }
        public Builder ownerId(Long value) { ownerId = value; return this; }
        public Builder tags(List<String> value) { tags = value; return this; }
        public Builder notes(String value) { notes = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder updatedAt(Instant value) { updatedAt = value; return this; }
        public Builder version(int value) { version = value; return this; }
        public Builder deletedAt(Instant value) { deletedAt = value; return this; }
        public Builder knownSince(LocalDate value) { knownSince = value; return this; }

        public Partner build() {
            return new Partner(id, name, kind, category, street, postcode, city, phone, email, website,
                    howWeKnowEachOther, whatTheyMeanForUs, whatWeMeanForThem, rhythmDays, status, trust,
                    ownerId, tags, notes, createdAt, updatedAt, version, deletedAt, knownSince);
        }
    }
}
