package nl.verbinder.ui.partners;

import java.time.LocalDate;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.ui.area.UiContext;

/**
 * One line of the partner table, with its texts ready in the user's language, so cells only
 * show what is here.
 */
public record PartnerRow(
        PartnerOverview overview,
        String name,
        String subtitle,
        String category,
        String city,
        PartnerStatus status,
        String statusText,
        String owner,
        LocalDate lastContact,
        int contactPersons) {

    static PartnerRow of(PartnerOverview o, UiContext context) {
        var p = o.partner();
        String category = context.label(p.category());
        String city = p.city() == null ? "" : p.city();
        String subtitle = city.isEmpty() ? category : category + " · " + city;
        return new PartnerRow(o, p.name(), subtitle, category, city, p.status(), context.label(p.status()),
                o.ownerName() == null ? "" : o.ownerName(), o.lastContact(), o.contactPersonCount());
    }

    public long id() {
        return overview.id();
    }

    public int version() {
        return overview.partner().version();
    }
}
