package nl.verbinder.ui.week;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.week.MyFollowUp;
import nl.verbinder.ui.area.ListDialogs;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.moments.MomentFormDialog;

/**
 * "Mijn week" as a list: Space marks the selected follow-up done, Enter logs the contact that
 * closes it (the moment form, filled in), Escape closes.
 */
public final class MyWeekDialog {

    private final UiContext context;
    private final MyWeekModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ListView<MyFollowUp> list = new ListView<>();

    public MyWeekDialog(UiContext context, MyWeekModel model) {
        this.context = context;
        this.model = model;
        dialog.setTitle(context.text("week.ui.title"));
        dialog.setResizable(true);
        Label heading = new Label(context.text("week.ui.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        list.setId("week-list");
        list.setItems(model.followUps());
        list.setPrefHeight(240); // with the desktop check box, the dialog fits a 1024x640 window
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MyFollowUp item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            MyFollowUp selected = list.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (event.getCode() == KeyCode.SPACE) {
                event.consume();
                model.markDone(selected);
            } else if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                if (new MomentFormDialog(context, model.formFor(selected)).showAndWait()) {
                    model.closed();
                }
                list.requestFocus();
            }
        });
        model.followUps().addListener((ListChangeListener<MyFollowUp>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        Label keys = ListDialogs.hint(context.text("week.ui.keys"));
        CheckBox desktop = new CheckBox(context.text("week.ui.desktop"));
        desktop.setId("week-desktop-reminder");
        desktop.setSelected(model.desktopReminder());
        desktop.selectedProperty().addListener((o, was, on) -> model.desktopReminder(on));
        desktop.setWrapText(true);
        Label desktopHint = ListDialogs.hint(context.text("week.ui.desktop.hint"));
        VBox content = new VBox(12, heading, status, list, keys, new VBox(4, desktop, desktopHint));
        ListDialogs.finish(dialog, content, "week-dialog", context.text("agenda.ui.close"), 680, list);
    }

    /** The dialog's pane (the layout check lays it out without showing it). */
    public DialogPane pane() {
        return dialog.getDialogPane();
    }

    public void showAndWait() {
        model.load();
        context.dialogs().show(dialog);
    }
}
