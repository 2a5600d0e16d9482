package nl.verbinder.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.area.AreaCss;
import nl.verbinder.ui.fx.Theme;

/**
 * Bestand › Verbinden met praktijkserver…: host, port, database, user and password,
 * "Verbinding testen" with its result under the fields, and Verbinden, which switches the window
 * to the server and closes the dialog only once it is connected.
 */
public final class ConnectServerDialog extends Dialog<Boolean> {

    public ConnectServerDialog(ConnectServerModel model, Messages messages, String problem) {
        setTitle(messages.get("ui.server.title"));
        setHeaderText(messages.get("ui.server.header"));
        TextField host = field("server-host", model.host());
        host.setPromptText("praktijk-server");
        TextField port = field("server-port", model.port());
        port.setPrefColumnCount(6);
        TextField database = field("server-database", model.database());
        TextField user = field("server-user", model.user());
        PasswordField password = new PasswordField();
        password.setId("server-password");
        password.textProperty().bindBidirectional(model.password());
        CheckBox remember = new CheckBox(messages.get("ui.server.remember"));
        remember.setId("server-remember");
        remember.selectedProperty().bindBidirectional(model.remember());
        GridPane grid = new GridPane(12, 8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        grid.addRow(0, new Label(messages.get("ui.server.host")), new HBox(8, host,
                new Label(messages.get("ui.server.port")), port));
        HBox.setHgrow(host, Priority.ALWAYS);
        grid.addRow(1, new Label(messages.get("ui.server.database")), database);
        grid.addRow(2, new Label(messages.get("ui.server.user")), user);
        grid.addRow(3, new Label(messages.get("ui.server.password")), password);
        grid.add(remember, 1, 4);
        Button test = new Button(messages.get("ui.server.test"));
        test.setId("server-test");
        test.setOnAction(e -> model.test());
        Label result = new Label();
        result.setId("server-result");
        result.setWrapText(true);
        result.textProperty().bind(model.result());
        model.outcome().addListener((obs, old, now) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now == ConnectServerModel.Outcome.OK) {
                result.getStyleClass().add(Styles.SUCCESS);
            } else if (now == ConnectServerModel.Outcome.FAILED) {
                result.getStyleClass().add(Styles.DANGER);
            }
        });
        if (problem != null) {
            model.result().set(problem);
            model.outcome().set(ConnectServerModel.Outcome.FAILED);
        }
        Label hint = new Label(messages.get("ui.server.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(12, grid, new HBox(8, test), result, hint);
        content.setPadding(new Insets(4, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(560);
        ButtonType connect = new ButtonType(messages.get("ui.server.connect"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(connect,
                new ButtonType(messages.get("ui.action.cancel"), ButtonData.CANCEL_CLOSE));
        Button connectButton = (Button) getDialogPane().lookupButton(connect);
        connectButton.setId("server-connect");
        test.disableProperty().bind(model.outcome().isEqualTo(ConnectServerModel.Outcome.BUSY));
        connectButton.disableProperty().bind(model.outcome().isEqualTo(ConnectServerModel.Outcome.BUSY));
        connectButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.connect(() -> {
                setResult(true);
                close();
            });
        });
        setResultConverter(button -> false);
        AreaCss.applyTo(getDialogPane());
        getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        setOnShown(e -> Platform.runLater(() -> (host.getText().isBlank() ? host : password).requestFocus()));
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
