package nl.verbinder.ui.trash;

import java.time.LocalDate;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.TrashItem;

/**
 * A record in the trash as the list shows it: a partner (with its contact persons and last
 * contact) or a contact moment, shared goal, environment note or contact person.
 *
 * @param overview       the partner, or null for another kind of record
 * @param item           the trash item of another kind of record, or null for a partner
 * @param details        a partner's category and city; the partner a moment or person belonged to
 * @param contactPersons a partner's contact persons; null for other records
 */
record TrashRow(PartnerOverview overview, TrashItem item, String kind, String name, String details,
                LocalDate deletedOn, Integer contactPersons, LocalDate lastContact) {

    boolean isPartner() {
        return overview != null;
    }

    /** The partner's id; for other records the trash item's. */
    long id() {
        return isPartner() ? overview.id() : item.id();
    }
}
