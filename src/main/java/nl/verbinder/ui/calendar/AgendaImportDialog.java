package nl.verbinder.ui.calendar;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.ListDialogs;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.ItemCell;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.moments.MomentForm;
import nl.verbinder.ui.moments.MomentFormDialog;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The proposals from an agenda file as a list, worked through by keyboard: Enter opens the
 * selected one in the moment form (filled in; type what was offered, asked and what follows,
 * Ctrl+Enter saves), Delete skips it, Escape closes. Done proposals leave the list.
 */
public final class AgendaImportDialog {

    private final UiContext context;
    private final AgendaImportModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ListView<ProposalRow> list = new ListView<>();
    private final TextField addressField = new TextField();
    private final VBox addressPane = new VBox(6);

    public AgendaImportDialog(UiContext context, AgendaImportModel model) {
        this.context = context;
        this.model = model;
        String title = context.text("agenda.ui.title");
        dialog.setTitle(title);
        dialog.setResizable(true);

        Label heading = new Label(title, Icons.of(Material2AL.EVENT, 20));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setId("agenda-status");

        list.setItems(model.proposals());
        list.setId("agenda-proposals");
        list.setCellFactory(view -> new ProposalCell());
        list.setPrefHeight(360);
        list.setPlaceholder(new Label(context.text("agenda.ui.empty")));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                acceptSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                event.consume();
                skipSelected();
            }
        });
        list.getItems().addListener((ListChangeListener<ProposalRow>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });

        Button accept = new Button(context.text("agenda.ui.accept"));
        accept.setId("agenda-accept");
        accept.setDefaultButton(false);
        accept.setOnAction(e -> acceptSelected());
        Button skip = Nodes.button(context.text("agenda.ui.skip"), "agenda-skip", e -> skipSelected());
        accept.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        skip.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(8, accept, skip);
        if (model.canFetch()) {
            Button openFetch = Nodes.button(context.text("agenda.ui.fetch-open"), "agenda-fetch-open",
                    e -> showAddress());
            buttons.getChildren().add(openFetch);
        }

        Label keys = ListDialogs.hint(context.text("agenda.ui.keys"));
        VBox content = new VBox(12, heading, status, addressPane(), list, buttons, keys);
        VBox.setVgrow(list, Priority.ALWAYS);
        ListDialogs.finish(dialog, content, "agenda-dialog", context.text("agenda.ui.close"), 760, list);
    }

    /**
     * The private agenda address: typed, or the stored one reused (shown masked); fetched only
     * when "Ophalen" is clicked, in the background; "Adres vergeten" deletes it.
     */
    private VBox addressPane() {
        Label stored = new Label();
        stored.setId("agenda-address-stored");
        stored.setWrapText(true);
        stored.textProperty().bind(Bindings.createStringBinding(() -> model.storedAddressProperty().get().isEmpty()
                ? context.text("agenda.ui.address-none")
                : context.text("agenda.ui.address-stored", model.storedAddressProperty().get()),
                model.storedAddressProperty()));
        addressField.setId("agenda-address");
        addressField.promptTextProperty().bind(Bindings.createStringBinding(
                () -> context.text(model.storedAddressProperty().get().isEmpty() ? "agenda.ui.address-prompt"
                        : "agenda.ui.address-prompt-reuse"), model.storedAddressProperty()));
        addressField.setOnAction(e -> fetch());
        HBox.setHgrow(addressField, Priority.ALWAYS);
        Button fetch = Nodes.button(context.text("agenda.ui.fetch"), "agenda-fetch", e -> fetch());
        fetch.disableProperty().bind(model.fetchingProperty());
        Button forget = Nodes.button(context.text("agenda.ui.forget"), "agenda-forget", e -> model.forgetAddress());
        forget.disableProperty().bind(model.storedAddressProperty().isEmpty().or(model.fetchingProperty()));
        Label hint = ListDialogs.hint(context.text("agenda.ui.address-hint"));
        addressPane.getChildren().setAll(stored, new HBox(8, addressField, fetch, forget), hint);
        addressPane.setId("agenda-address-pane");
        addressPane.setVisible(false);
        addressPane.managedProperty().bind(addressPane.visibleProperty());
        return addressPane;
    }

    private void showAddress() {
        addressPane.setVisible(true);
        addressField.requestFocus();
    }

    private void fetch() {
        String typed = addressField.getText();
        addressField.clear();
        model.fetch(typed);
    }

    /** Shows the dialog with the address part open (no file was chosen) and waits until it closes. */
    public void showFetching() {
        addressPane.setVisible(true);
        dialog.setOnShown(e -> Platform.runLater(addressField::requestFocus));
        showAndWait();
    }

    /** Shows the list and waits until the user closes it. */
    public void showAndWait() {
        context.dialogs().show(dialog);
        model.finish();
    }

    private void acceptSelected() {
        ProposalRow row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        MomentForm form = model.formFor(row);
        if (new MomentFormDialog(context, form).showAndWait()) {
            model.accepted(row);
        }
        selectNear(at);
    }

    private void skipSelected() {
        ProposalRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            int at = list.getSelectionModel().getSelectedIndex();
            model.skip(row);
            Platform.runLater(() -> selectNear(at));
        }
    }

    private void selectNear(int at) {
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
        }
        list.requestFocus();
    }

    /** A proposal: day, partner and kind in bold, the title, and why it matched. */
    private static final class ProposalCell extends ItemCell<ProposalRow> {
        @Override
        protected Node show(ProposalRow row) {
            Label heading = new Label(row.heading());
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            Label title = new Label(row.title());
            Label why = ListDialogs.hint(row.why());
            return new VBox(2, heading, title, why);
        }
    }
}
