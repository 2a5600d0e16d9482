package nl.verbinder.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Light or dark: AtlantaFX's Primer themes, set as the user-agent stylesheet. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    /** Verbinder's own additions, on top of the theme; they use the theme's colour variables. */
    public static final String STYLESHEET = Theme.class.getResource("/nl/verbinder/ui/verbinder.css").toExternalForm();

    private static boolean everyWindowStyled;

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Theme byCode(String code) {
        return "dark".equalsIgnoreCase(code) ? DARK : LIGHT;
    }

    /**
     * Gives every window the application opens from now on, each dialog and alert among them,
     * Verbinder's {@link #STYLESHEET}: so a dialog has its edge in the dark theme too, also one
     * that does not add the stylesheet itself. Call once, from the FX thread; later calls do nothing.
     */
    public static void styleEveryWindow() {
        if (everyWindowStyled) {
            return;
        }
        everyWindowStyled = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage && window.getScene() != null
                            && !window.getScene().getStylesheets().contains(STYLESHEET)) {
                        window.getScene().getStylesheets().add(STYLESHEET);
                    }
                }
            }
        });
    }

    /** Applies the theme to every window of the application at once. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
