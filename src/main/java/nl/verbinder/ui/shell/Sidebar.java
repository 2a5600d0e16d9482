package nl.verbinder.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Tooltips;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The list of areas on the left. Choosing one asks the window to show it; when the window
 * refuses (unsaved changes kept), the choice springs back.
 */
public final class Sidebar {

    private final VBox box = new VBox(2);
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
    private boolean updating;
    private boolean compact;

    public Sidebar(Messages messages, Predicate<Area> show) {
        box.getStyleClass().add(UiStyles.SIDEBAR);
        Label brand = new Label(messages.get("ui.title"), Icons.of(Material2AL.DEVICE_HUB, 22));
        brand.getStyleClass().addAll("brand", Styles.TITLE_4);
        box.getChildren().add(brand);
        int index = 1;
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(messages.get(area.labelKey()), Icons.of(area.icon(), 18));
            button.getStyleClass().add(UiStyles.SIDEBAR_BUTTON);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setMnemonicParsing(false);
            button.setWrapText(true);
            button.setId("area-" + area.code());
            Tooltips.onHover(button, messages.get(area.labelKey()) + " (" + messages.get("ui.sidebar.shortcut", index++) + ")");
            button.setOnAction(e -> {
                if (updating) {
                    return;
                }
                Area current = selected();
                if (!show.test(area)) {
                    select(current);
                }
                // A toggle button can be clicked off; an area is always chosen.
                button.setSelected(selected() == area || button.isSelected());
            });
            buttons.put(area, button);
            if (area == Area.PRACTICE) {
                Region gap = new Region();
                gap.setMinHeight(12);
                box.getChildren().add(gap);
            }
            box.getChildren().add(button);
        }
        box.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::fit);
            }
        });
    }

    public VBox node() {
        return box;
    }

    /**
     * Below this window width the sidebar shows only the areas' icons (their names in the
     * tooltips), so a laptop's 1024 pixels go to the area itself.
     */
    public static final double COMPACT_BELOW = 1200;

    /** Shows icons only (true) or icons with names; what else sits in the sidebar (a notice) hides while compact. */
    public void compact(boolean compact) {
        if (compact == this.compact) {
            return;
        }
        this.compact = compact;
        if (compact) {
            box.getStyleClass().add(UiStyles.SIDEBAR_COMPACT);
        } else {
            box.getStyleClass().remove(UiStyles.SIDEBAR_COMPACT);
        }
        box.getChildren().forEach(this::fit);
    }

    private void fit(Node child) {
        if (child instanceof Labeled labeled
                && (buttons.containsValue(child) || labeled.getStyleClass().contains("brand"))) {
            labeled.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY
                    : ContentDisplay.LEFT);
        } else if (!(child instanceof Region gap && gap.getStyleClass().isEmpty() && gap.getMinHeight() == 12)) {
            child.setVisible(!compact);
            child.setManaged(!compact);
        }
    }

    /** Marks the area chosen without asking anything (the window is already showing it). */
    public void select(Area area) {
        updating = true;
        try {
            buttons.values().forEach(b -> b.setSelected(false));
            if (area != null) {
                buttons.get(area).setSelected(true);
            }
        } finally {
            updating = false;
        }
    }

    private Area selected() {
        return buttons.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
