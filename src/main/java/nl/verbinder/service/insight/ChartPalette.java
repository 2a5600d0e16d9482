package nl.verbinder.service.insight;

import java.util.List;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.insight.MapState;

/**
 * The colours of the charts and the map, shared by the window and the report so both tell the
 * same story. Mid-tone colours (Tableau 10) that read on a light and a dark background alike;
 * as {@code 0xRRGGBB}.
 */
public final class ChartPalette {

    /** For series without a meaning of their own (therapists, kinds of contact), in order. */
    public static final List<Integer> SERIES = List.of(0x4C78A8, 0xF58518, 0x54A24B, 0xE45756, 0x72B7B2, 0xEECA3B,
            0xB279A2, 0xFF9DA6, 0x9D755D, 0xBAB0AC);

    public static final int OFFERED = 0x54A24B;
    public static final int ASKED = 0x4C78A8;
    public static final int MISSING = 0xD9453D;
    public static final int BAR = 0x4C78A8;

    private ChartPalette() {
    }

    public static int series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    public static int status(PartnerStatus status) {
        return switch (status) {
            case PROSPECT -> 0x72B7B2;
            case ACTIVE -> 0x4C78A8;
            case DORMANT -> 0xEECA3B;
            case ENDED -> 0xBAB0AC;
        };
    }

    public static int goal(GoalStatus status) {
        return switch (status) {
            case IDEA -> 0xBAB0AC;
            case EXPLORING -> 0x72B7B2;
            case AGREED -> 0x4C78A8;
            case ACTIVE -> 0xF58518;
            case ACHIEVED -> 0x54A24B;
            case STOPPED -> 0x9D755D;
        };
    }

    public static int state(MapState state) {
        return switch (state) {
            case FINE -> 0x54A24B;
            case ATTENTION -> 0xF2A93B;
            case URGENT -> 0xD9453D;
        };
    }
}
