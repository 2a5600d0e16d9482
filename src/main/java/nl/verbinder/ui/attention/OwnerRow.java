package nl.verbinder.ui.attention;

/** How many relationships of one owner (or of nobody) need attention, for the counts beside the list. */
record OwnerRow(OwnerChoice owner, int count) {
}
