package nl.verbinder.ui.shell;

import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.Theme;
import nl.verbinder.ui.transfer.TransferAction;

/** What the menu can ask of the window. */
public interface ShellActions {

    void newDatabase();

    void openDatabase();

    void openOwnDatabase();

    void openDemo();

    void logMoment();

    /** An import, export, the import history, a backup or a restore. */
    void transfer(TransferAction action);

    /** "Kwartaalrapport…": the quarterly network report as PDF. */
    void quarterlyReport();

    void language(String language);

    void theme(Theme theme);

    void show(Area area);

    void quit();
}
