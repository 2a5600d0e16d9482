package nl.verbinder.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * Where the shell's parts stand in the window: the menu bar on top, the sidebar on the left,
 * the chosen area in the middle with the notifications over its bottom-right corner, and the
 * status bar at the bottom. In a narrow window the sidebar shows icons only.
 */
public final class ShellLayout {

    private ShellLayout() {
    }

    public static BorderPane root(MainMenuBar menus, Sidebar sidebar, AreaSwitcher areas,
                                  NotificationArea notifications, Node status) {
        StackPane centre = new StackPane(areas.node(), notifications.node());
        StackPane.setAlignment(notifications.node(), Pos.BOTTOM_RIGHT);
        BorderPane root = new BorderPane(centre);
        root.setTop(menus.node());
        root.setLeft(sidebar.node());
        menus.listenForKeys(root);
        // Icons only in a narrow window, so the area keeps its room (see Sidebar#COMPACT_BELOW).
        root.widthProperty().addListener((obs, old, width) ->
                sidebar.compact(width.doubleValue() > 0 && width.doubleValue() < Sidebar.COMPACT_BELOW));
        root.setBottom(status);
        return root;
    }
}
