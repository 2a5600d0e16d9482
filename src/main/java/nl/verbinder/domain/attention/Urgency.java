package nl.verbinder.domain.attention;

/**
 * How an item's score came about, so it can be explained: the points of its reasons, weighed
 * by the partner's status and trust.
 *
 * <p>score = round(reasonPoints × statusPercent / 100 × trustPercent / 100)
 *
 * @param reasonPoints  the sum of the reasons' points
 * @param statusPercent active 100, prospect 80, dormant 60 (ended partners are never listed)
 * @param trustPercent  trust 5: 130, 4: 115, 3 or unknown: 100, 2: 90, 1: 80 — a trusted
 *                      relationship has more to lose ("vertrouwen komt te voet, maar gaat te paard")
 */
public record Urgency(int reasonPoints, int statusPercent, int trustPercent, int score) {

    public Urgency {
        if (score != score(reasonPoints, statusPercent, trustPercent)) {
            throw new IllegalArgumentException("The score follows from the points and weights");
        }
    }

    public static Urgency of(int reasonPoints, int statusPercent, int trustPercent) {
        return new Urgency(reasonPoints, statusPercent, trustPercent,
                score(reasonPoints, statusPercent, trustPercent));
    }

    private static int score(int reasonPoints, int statusPercent, int trustPercent) {
        return (int) Math.round(reasonPoints * statusPercent * trustPercent / 10_000.0);
    }
}
