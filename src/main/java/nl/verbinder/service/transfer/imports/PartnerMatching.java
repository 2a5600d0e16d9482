package nl.verbinder.service.transfer.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EmailAddress;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.Postcode;
import nl.verbinder.domain.Texts;
import nl.verbinder.service.transfer.PartnerColumn;

/** How an import recognises a partner it already has, and a contact person at it. */
enum PartnerMatching {
    /** A partner list: the same name and postcode (or both without one), or the same e-mail address. */
    NAME_AND_POSTCODE_OR_EMAIL,
    /** LinkedIn and vCards: the company's name is the partner's name, ignoring case, accents and punctuation. */
    COMPANY_NAME;

    /** A key and why two records sharing it are the same. */
    record Key(String value, MatchReason reason) {
    }

    List<Key> keys(Partner partner) {
        List<Key> keys = new ArrayList<>();
        String name = nameKey(partner.name());
        if (name.isEmpty()) {
            return keys;
        }
        if (this == COMPANY_NAME) {
            keys.add(new Key("n:" + name, MatchReason.SAME_NAME));
            return keys;
        }
        String postcode = Postcode.normalise(partner.postcode()).orElse(Texts.clean(partner.postcode()));
        keys.add(new Key("np:" + name + "|" + (postcode == null ? "" : postcode), MatchReason.SAME_NAME_AND_POSTCODE));
        emailKey(partner.email()).ifPresent(e -> keys.add(new Key("e:" + e, MatchReason.SAME_EMAIL)));
        return keys;
    }

    /** A contact person at the same partner with the same name or the same e-mail address. */
    static List<Key> keys(ContactPerson person) {
        List<Key> keys = new ArrayList<>();
        String name = nameKey(person.name());
        if (!name.isEmpty()) {
            keys.add(new Key("n:" + name, MatchReason.SAME_NAME));
        }
        emailKey(person.email()).ifPresent(e -> keys.add(new Key("e:" + e, MatchReason.SAME_EMAIL)));
        return keys;
    }

    /** Whether both have an e-mail address and they differ: two people, whatever their names. */
    static boolean otherEmail(ContactPerson one, ContactPerson other) {
        Optional<String> a = emailKey(one.email());
        Optional<String> b = emailKey(other.email());
        return a.isPresent() && b.isPresent() && !a.equals(b);
    }

    /** Folded, letters and digits only: "Huisartsenpraktijk 't Hart B.V." and "huisartsenpraktijk t hart bv" match. */
    static String nameKey(String name) {
        return PartnerColumn.key(name);
    }

    private static Optional<String> emailKey(String email) {
        return EmailAddress.normalise(email).map(e -> e.toLowerCase(Locale.ROOT));
    }
}
