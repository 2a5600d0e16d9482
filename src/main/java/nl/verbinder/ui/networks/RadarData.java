package nl.verbinder.ui.networks;

import java.util.List;

/**
 * What the radar chart draws: an axis per maturity dimension, the latest review's scores and
 * the previous review's as a ghost.
 *
 * @param latest the latest scores (1-4), or empty when there is no review
 * @param ghost  the previous review's scores, or empty when there is none
 */
public record RadarData(List<String> axes, List<Integer> latest, List<Integer> ghost) {

    public static final RadarData NONE = new RadarData(List.of(), List.of(), List.of());

    public RadarData {
        axes = List.copyOf(axes);
        latest = List.copyOf(latest);
        ghost = List.copyOf(ghost);
    }
}
