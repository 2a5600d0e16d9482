package nl.verbinder.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;

/** The main window. */
public final class MainWindow {

    private final Services services;
    private final Messages messages;

    public MainWindow(Services services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    public void show(Stage stage) {
        Label status = new Label(messages.get("ui.status.database", services.location().toString()));
        BorderPane root = new BorderPane();
        root.setBottom(status);
        BorderPane.setMargin(status, new Insets(6, 12, 6, 12));
        stage.setTitle(messages.get("ui.title"));
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
