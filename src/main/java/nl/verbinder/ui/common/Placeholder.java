package nl.verbinder.ui.common;

import javafx.scene.Node;

/** The empty state of an area that is not built yet: what it will be for. */
public final class Placeholder {

    private Placeholder() {
    }

    public static Node of(UiContext context, Area area) {
        return new EmptyState(area.icon(), context.text(area.labelKey()),
                context.text("ui." + area.code() + ".placeholder"));
    }
}
