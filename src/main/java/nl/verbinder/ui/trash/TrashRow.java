package nl.verbinder.ui.trash;

import java.time.LocalDate;
import nl.verbinder.domain.PartnerOverview;

/** A partner in the trash as the list shows it. */
record TrashRow(PartnerOverview overview, String name, String category, String city, LocalDate deletedOn,
                int contactPersons, LocalDate lastContact) {

    long id() {
        return overview.id();
    }
}
