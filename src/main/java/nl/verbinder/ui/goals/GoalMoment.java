package nl.verbinder.ui.goals;

/** A contact moment that served the goal, as its detail lists it. */
record GoalMoment(long partnerId, String heading, String summary) {
}
