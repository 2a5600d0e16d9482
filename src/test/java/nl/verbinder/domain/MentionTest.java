package nl.verbinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionTest {

    private static Mention mention(String recordType, String field, MentionKind kind) {
        return new Mention(recordType, "1", "Huisartsenpraktijk Van den Bergh-Ouwehand", field, 0, kind, "Ouwehand", "");
    }

    @Test
    void aSurnameInsideAPartnersOwnNameEmailOrWebsiteIsShownButNotProposed() {
        assertThat(mention("partner", "name", MentionKind.SURNAME).proposed()).isFalse();
        assertThat(mention("partner", "email", MentionKind.SURNAME).proposed()).isFalse();
        assertThat(mention("partner", "website", MentionKind.SURNAME).proposed()).isFalse();
    }

    @Test
    void aSurnameInsideSomeoneElsesEmailAddressIsNotProposed() {
        assertThat(mention("contact_person", "email", MentionKind.SURNAME).proposed()).isFalse();
        assertThat(mention("contact_person", "name", MentionKind.SURNAME).proposed()).isTrue();
    }

    @Test
    void aSurnameInFreeTextIsProposedAndTheFullNameAlways() {
        assertThat(mention("partner", "notes", MentionKind.SURNAME).proposed()).isTrue();
        assertThat(mention("contact_moment", "summary", MentionKind.SURNAME).proposed()).isTrue();
        assertThat(mention("partner", "name", MentionKind.FULL_NAME).proposed()).isTrue();
        assertThat(mention("partner", "notes", MentionKind.FIRST_NAME).proposed()).isFalse();
    }
}
