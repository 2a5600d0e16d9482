package nl.verbinder.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.layout.StackPane;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.AreaView;
import nl.verbinder.ui.fx.UiStyles;

/**
 * The middle of the window: one area at a time, each view made the first time it is opened
 * and asked whether it may be left (unsaved changes). Until the first frame is drawn, the
 * shown area's loading waits (see {@link #holdLoading()}). Made anew with every scene.
 */
public final class AreaSwitcher {

    private final Map<Area, AreaView> views = new EnumMap<>(Area.class);
    private final Function<Area, AreaView> make;
    private final StackPane content = new StackPane();
    private Sidebar sidebar;
    private Area current;
    private Runnable onAttention = () -> { };
    private boolean holding;
    private AreaView held;

    public AreaSwitcher(Function<Area, AreaView> make) {
        this.make = make;
        content.getStyleClass().add(UiStyles.AREA);
    }

    /** The sidebar that shows which area is on screen. */
    public void showIn(Sidebar areas) {
        this.sidebar = areas;
    }

    /** What to do when Aandacht opens (the start-up notice goes). */
    public void onAttention(Runnable action) {
        this.onAttention = action;
    }

    public StackPane node() {
        return content;
    }

    public Area current() {
        return current;
    }

    /** The view of an area, made if it was not yet. */
    public AreaView view(Area area) {
        return views.computeIfAbsent(area, make);
    }

    /** Shows the area, unless the one on screen keeps the user (unsaved changes); true when it shows. */
    public boolean show(Area area) {
        if (current == area) {
            sidebar.select(area);
            return true;
        }
        if (!mayLeave()) {
            sidebar.select(current);
            return false;
        }
        AreaView view = view(area);
        content.getChildren().setAll(view.node());
        current = area;
        sidebar.select(area);
        if (area == Area.ATTENTION) {
            onAttention.run();
        }
        if (holding) {
            held = view;
        } else {
            view.shown();
        }
        return true;
    }

    /** Shows the area and gives its view as a {@code type}, when it shows and is one (to select in it, say). */
    public <V> Optional<V> showAs(Area area, Class<V> type) {
        return show(area) && type.isInstance(view(area)) ? Optional.of(type.cast(view(area))) : Optional.empty();
    }

    /** Whether the user may leave the area on screen now. */
    public boolean mayLeave() {
        return current == null || !views.containsKey(current) || views.get(current).mayLeave();
    }

    /** The partner the area on screen has chosen, for a moment logged now. */
    public Optional<Long> partnerInView() {
        return current == null || !views.containsKey(current) ? Optional.empty() : views.get(current).partnerToLogFor();
    }

    /** Until {@link #release()}, the shown area does not load its data (the first frame comes first). */
    public void holdLoading() {
        holding = true;
    }

    public void release() {
        holding = false;
        if (held != null) {
            AreaView view = held;
            held = null;
            view.shown();
        }
    }
}
