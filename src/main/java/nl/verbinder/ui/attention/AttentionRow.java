package nl.verbinder.ui.attention;

import java.time.LocalDate;
import nl.verbinder.domain.PartnerOverview;

/**
 * A partner whose last contact is longer ago than its rhythm.
 *
 * @param daysOverdue how many days past its rhythm, or {@code null} when there was never any contact
 */
record AttentionRow(PartnerOverview overview, String name, String category, String owner, LocalDate lastContact,
                    int rhythmDays, Integer daysOverdue) {

    long id() {
        return overview.id();
    }
}
