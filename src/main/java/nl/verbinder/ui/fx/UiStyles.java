package nl.verbinder.ui.fx;

/** Verbinder's own style classes (verbinder.css); AtlantaFX's are in {@code atlantafx.base.theme.Styles}. */
public final class UiStyles {

    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_BUTTON = "sidebar-button";
    public static final String SIDEBAR_COMPACT = "compact";
    /** Marks a text that may be shortened with an ellipsis because its full text is at hand (a tooltip, the detail pane). */
    public static final String MAY_ELIDE = "may-elide";
    public static final String STATUS_BAR = "status-bar";
    public static final String AREA = "area";
    public static final String AREA_HEADER = "area-header";
    public static final String EMPTY_STATE = "empty-state";
    public static final String FORM_FIELD = "form-field";
    public static final String FIELD_LABEL = "field-label";
    public static final String FIELD_ERROR = "field-error";
    public static final String SECTION_TITLE = "section-title";
    public static final String NOTIFICATIONS = "notifications";
    public static final String DETAIL = "detail";
    public static final String CARD = "verbinder-card";
    public static final String TIMELINE = "timeline";
    public static final String CHIP = "chip";
    public static final String SAVE_BAR = "save-bar";
    public static final String HINT = "hint";

    private UiStyles() {
    }
}
