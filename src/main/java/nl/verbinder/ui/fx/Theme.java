package nl.verbinder.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light or dark: AtlantaFX's Primer themes, set as the user-agent stylesheet. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    /** Verbinder's own additions, on top of the theme; they use the theme's colour variables. */
    public static final String STYLESHEET = Theme.class.getResource("/nl/verbinder/ui/verbinder.css").toExternalForm();

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

    /** Applies the theme to every window of the application at once. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
