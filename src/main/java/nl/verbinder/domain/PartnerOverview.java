package nl.verbinder.domain;

import java.time.LocalDate;

/**
 * A partner as lists show it: with the owner's name and the date of the last contact
 * moment, loaded in one query for the whole list.
 */
public record PartnerOverview(Partner partner, String ownerName, LocalDate lastContact, int contactPersonCount) {

    public long id() {
        return partner.id();
    }

    public String name() {
        return partner.name();
    }
}
