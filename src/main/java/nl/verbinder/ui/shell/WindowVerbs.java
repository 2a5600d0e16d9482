package nl.verbinder.ui.shell;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.transfer.TransferFileChoosers;

/**
 * The main window's own verbs, which its menus call: another language (the scene built anew
 * in it), another theme, quit; and whether the window may close (not while the area on screen
 * keeps unsaved changes). Each choice is remembered in the settings.
 */
public final class WindowVerbs {

    private final Stage stage;
    private final WindowState state;
    private final WindowScenes scenes;
    private final TransferFileChoosers files;

    public WindowVerbs(Stage stage, WindowState state, WindowScenes scenes, TransferFileChoosers files) {
        this.stage = stage;
        this.state = state;
        this.scenes = scenes;
        this.files = files;
    }

    /** The verbs the menus call: these, and where the navigator takes the user. */
    public ShellScene.Verbs forMenus(WindowNavigator navigator) {
        return new ShellScene.Verbs(navigator::openDatabase, navigator::openDemo, this::language, this::theme,
                this::quit, navigator::newPartner);
    }

    public void language(String language) {
        Messages texts = scenes.messages();
        if (language.equals(texts.language())) {
            return;
        }
        if (scenes.areas().mayLeave()) {
            texts = Messages.forLanguage(language);
            files.languageChanged();
            state.settings().language(language);
            state.save();
        }
        scenes.rebuild(texts); // in the new language, or with the menu's language choice put back
    }

    public void theme(Theme theme) {
        theme.apply();
        state.settings().theme(theme);
        state.save();
    }

    public void quit() {
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        stage.fireEvent(request);
        if (!request.isConsumed()) {
            stage.close();
        }
    }

    /** The window is asked to close: it remembers where it stands, unless the area on screen keeps it open. */
    public void closing(WindowEvent event) {
        if (scenes.areas().mayLeave()) {
            state.remember(stage);
        } else {
            event.consume();
        }
    }
}
