package nl.verbinder.ui.partners;

/** What the detail pane asks of the Partners area as a whole. */
interface PartnerActions {

    void logMoment(long partnerId);

    void moveToTrash(long partnerId);

    /** Opens the merge dialog for these two partners. */
    void merge(long firstId, long secondId);
}
