package nl.verbinder.domain.networks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the maturity changed between two reviews of a network: per dimension the score before
 * and after. Pure; the radar chart's ghost and the MATURITY_DROPPED attention reason read it.
 */
public record MaturityChange(NetworkReview previous, NetworkReview latest) {

    /** One dimension's move. */
    public record Move(MaturityDimension dimension, int before, int after) {

        public int delta() {
            return after - before;
        }
    }

    /** The latest review and the one before it from a network's reviews (any order); empty fields when missing. */
    public static MaturityChange of(List<NetworkReview> reviews) {
        List<NetworkReview> sorted = new ArrayList<>(reviews);
        sorted.sort(Comparator.comparing(NetworkReview::reviewedOn)
                .thenComparing(r -> r.id() == null ? Long.MAX_VALUE : r.id()));
        NetworkReview latest = sorted.isEmpty() ? null : sorted.getLast();
        NetworkReview previous = sorted.size() < 2 ? null : sorted.get(sorted.size() - 2);
        return new MaturityChange(previous, latest);
    }

    public List<Move> moves() {
        if (previous == null || latest == null) {
            return List.of();
        }
        List<Move> moves = new ArrayList<>();
        for (MaturityDimension d : MaturityDimension.values()) {
            moves.add(new Move(d, previous.score(d), latest.score(d)));
        }
        return moves;
    }

    /** The dimensions that fell by at least {@code points} since the previous review, the largest fall first. */
    public List<Move> drops(int points) {
        return moves().stream().filter(m -> -m.delta() >= points)
                .sorted(Comparator.comparingInt(Move::delta).thenComparing(Move::dimension)).toList();
    }
}
