package nl.verbinder.ui.area;

import nl.verbinder.domain.PartnerQuery;

/** Moves the user between areas; implemented by the main window's {@code shell.WindowNavigator}. */
public interface Navigator {

    /** Shows an area (after asking about unsaved changes in the current one). */
    void show(Area area);

    /** Shows the partner in the Partners area. */
    void showPartner(long partnerId);

    /** Shows the shared goal in its area (the area alone where it cannot be chosen). */
    default void showGoal(long goalId) {
        show(Area.GOALS);
    }

    /** Shows the environment note's area. */
    default void showNote(long noteId) {
        show(Area.ENVIRONMENT);
    }

    /** Opens the demo practice (in its own file), filling it the first time. */
    void openDemo();

    /** Opens the log-a-contact-moment dialog, for this partner or (null) one still to choose. */
    void logMoment(Long partnerId);

    /** Opens the export of the partners this query finds (the Partners table's current filter). */
    void exportPartners(PartnerQuery query);
}
