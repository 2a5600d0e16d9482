package nl.verbinder.ui.area;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The areas of the window, in the order of the sidebar. */
public enum Area {
    ATTENTION("attention", Material2AL.ALARM),
    PARTNERS("partners", Material2AL.GROUP),
    MOMENTS("moments", Material2AL.CHAT_BUBBLE_OUTLINE),
    GOALS("goals", Material2AL.FLAG),
    ENVIRONMENT("environment", Material2AL.EXPLORE),
    NETWORK("network", Material2AL.BUBBLE_CHART),
    INSIGHT("insight", Material2AL.INSERT_CHART_OUTLINED),
    PRACTICE("practice", Material2AL.HOME_WORK),
    TRASH("trash", Material2AL.DELETE_OUTLINE);

    private final String code;
    private final Ikon icon;

    Area(String code, Ikon icon) {
        this.code = code;
        this.icon = icon;
    }

    /** Stable code: the remembered area, the screenshot's file name. */
    public String code() {
        return code;
    }

    /** The label's bundle key, {@code ui.area.<code>}. */
    public String labelKey() {
        return "ui.area." + code;
    }

    public Ikon icon() {
        return icon;
    }
}
