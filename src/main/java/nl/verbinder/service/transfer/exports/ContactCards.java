package nl.verbinder.service.transfer.exports;

import ezvcard.VCard;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.StructuredName;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;

/** Contact persons as vCards (through ez-vcard): the person with their partner as organisation. */
final class ContactCards {

    private ContactCards() {
    }

    static VCard card(ContactPerson person, Partner partner) {
        VCard card = new VCard();
        card.setFormattedName(person.name());
        CardName parts = CardName.parse(person.name());
        StructuredName name = new StructuredName();
        name.setFamily(parts.family());
        if (!parts.given().isEmpty()) {
            name.setGiven(parts.given());
        }
        name.getPrefixes().addAll(parts.prefixes());
        name.getSuffixes().addAll(parts.suffixes());
        card.setStructuredName(name);
        if (partner != null) {
            card.setOrganization(partner.name());
            if (partner.street() != null || partner.postcode() != null || partner.city() != null) {
                Address address = new Address();
                address.setStreetAddress(partner.street());
                address.setPostalCode(partner.postcode());
                address.setLocality(partner.city());
                address.getTypes().add(AddressType.WORK);
                card.addAddress(address);
            }
        }
        if (person.role() != null) {
            card.addTitle(person.role());
        }
        if (person.email() != null) {
            card.addEmail(person.email(), EmailType.WORK);
        }
        if (person.phone() != null) {
            card.addTelephoneNumber(person.phone(), isMobile(person.phone()) ? TelephoneType.CELL : TelephoneType.WORK);
        }
        if (person.linkedinUrl() != null) {
            card.addUrl(person.linkedinUrl());
        }
        if (person.notes() != null) {
            card.addNote(person.notes());
        }
        return card;
    }

    /** Dutch mobile numbers start with 06 (or +31 6). */
    private static boolean isMobile(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.startsWith("06") || digits.startsWith("+316") || digits.startsWith("00316");
    }

    /** A file name for one person's card: "Anna 't Hart - Diëtistenpraktijk Smaakvol.vcf", safe on every system. */
    static String fileName(ContactPerson person, Partner partner) {
        String base = partner == null ? person.name() : person.name() + " - " + partner.name();
        String safe = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (safe.length() > 120) {
            safe = safe.substring(0, 120).strip();
        }
        while (safe.endsWith(".")) {
            safe = safe.substring(0, safe.length() - 1);
        }
        return (safe.isEmpty() ? "contact" : safe) + ".vcf";
    }
}
