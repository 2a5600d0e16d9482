package nl.verbinder.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.fx.Tooltips;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.area.UiContext;
import org.kordamp.ikonli.material2.Material2MZ;

/** "Ik ben: …" in the status bar and the menu, and the question that chooses it. */
public final class MeChooser {

    private final UiContext context;
    private final MeModel model;

    public MeChooser(UiContext context) {
        this.context = context;
        this.model = new MeModel(context);
    }

    /** The status bar's link: who I am, click to change. */
    public Node statusNode() {
        Hyperlink link = new Hyperlink();
        link.setId("status-me");
        link.setGraphic(Icons.of(Material2MZ.PERSON, 14));
        link.textProperty().bind(model.shownProperty());
        Tooltips.onHover(link, context.text("ui.me.tooltip"));
        link.getStyleClass().add(Styles.TEXT_SMALL);
        link.setOnAction(e -> ask());
        return link;
    }

    /** The menu item "Wie ben ik…". */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(context.text("ui.me.menu"), Icons.of(Material2MZ.PERSON, 16));
        item.setId("menu-me");
        item.setOnAction(e -> ask());
        return item;
    }

    /** At start: asks once who uses this computer, when nobody is chosen yet and there are therapists. */
    public void askOnce() {
        model.askingDue(this::show);
    }

    private void ask() {
        model.choices(this::show);
    }

    private void show(MeModel.Choices choices) {
        ComboBox<Therapist> box = new ComboBox<>();
        box.setId("me-choice");
        box.getItems().setAll(choices.therapists());
        box.setConverter(Choices.converter(Therapist::name, ""));
        box.setValue(choices.chosen());
        box.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label(context.text("ui.me.question"));
        text.setWrapText(true);
        Dialog<Therapist> dialog = new Dialog<>();
        dialog.setTitle(context.text("ui.me.title"));
        dialog.setHeaderText(context.text("ui.me.title"));
        ButtonType choose = new ButtonType(context.text("ui.me.choose"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(choose,
                new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(new VBox(10, text, box));
        dialog.getDialogPane().setPrefWidth(440);
        dialog.setResultConverter(button -> button == choose ? box.getValue() : null);
        dialog.setOnShown(e -> box.requestFocus());
        context.dialogs().show(dialog).ifPresent(model::choose);
    }
}
