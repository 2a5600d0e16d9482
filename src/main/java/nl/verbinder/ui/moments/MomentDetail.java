package nl.verbinder.ui.moments;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentView;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The chosen moment in full, with what the user can do with it. */
final class MomentDetail {

    /** What the buttons ask of the area. */
    interface Actions {
        void followUpDone(MomentRow row);

        void edit(MomentRow row);

        void delete(MomentRow row);

        void openPartner(MomentRow row);

        void history(MomentRow row);
    }

    private final UiContext context;
    private final Actions actions;
    private final VBox box = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(box);

    MomentDetail(UiContext context, Actions actions) {
        this.context = context;
        this.actions = actions;
        box.setPadding(new Insets(16));
        box.getStyleClass().add(UiStyles.DETAIL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        box.setMinWidth(0);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setMinWidth(300);
        scroll.setPrefWidth(340);
        scroll.setId("moment-detail");
        show(null);
    }

    Node node() {
        return scroll;
    }

    void show(MomentRow row) {
        box.getChildren().clear();
        if (row == null) {
            Label hint = new Label(context.text("areas.moments.detail.none"));
            hint.getStyleClass().add(UiStyles.HINT);
            hint.setWrapText(true);
            box.getChildren().add(hint);
            return;
        }
        MomentView view = row.view();
        ContactMoment m = row.moment();
        Hyperlink partner = new Hyperlink(row.partner());
        partner.getStyleClass().add(Styles.TITLE_4);
        partner.setWrapText(true);
        partner.setOnAction(e -> actions.openPartner(row));
        partner.setId("moment-partner");
        String logged = view.loggedByName() == null ? ""
                : " · " + context.text("areas.moments.detail.logged-by", view.loggedByName());
        Label when = new Label(row.date() + " · " + row.kind() + logged);
        when.getStyleClass().add(Styles.TEXT_MUTED);
        when.setWrapText(true);
        box.getChildren().addAll(partner, when);

        FlowPane buttons = new FlowPane(8, 8);
        buttons.setMinWidth(0);
        buttons.setPrefWrapLength(300);
        buttons.setPadding(new Insets(4, 0, 4, 0));
        if (row.state() == MomentRow.FollowUp.OPEN || row.state() == MomentRow.FollowUp.LATE) {
            Button done = new Button(context.text("areas.moments.action.done"), Icons.of(Material2AL.CHECK, 16));
            done.getStyleClass().add(Styles.SUCCESS);
            done.setId("moment-done");
            done.setOnAction(e -> actions.followUpDone(row));
            buttons.getChildren().add(done);
        }
        Button edit = new Button(context.text("areas.action.edit"), Icons.of(Material2AL.EDIT, 16));
        edit.setId("moment-edit");
        edit.setOnAction(e -> actions.edit(row));
        Button open = new Button(context.text("areas.action.open-partner"), Icons.of(Material2MZ.OPEN_IN_NEW, 16));
        open.setOnAction(e -> actions.openPartner(row));
        Button delete = new Button(context.text("areas.action.delete"), Icons.of(Material2AL.DELETE_OUTLINE, 16));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setId("moment-delete");
        delete.setOnAction(e -> actions.delete(row));
        Button history = new Button(context.text("history.ui.record.action"), Icons.of(Material2AL.HISTORY, 16));
        history.setId("moment-history");
        history.setOnAction(e -> actions.history(row));
        buttons.getChildren().addAll(edit, open, history, delete);
        box.getChildren().add(buttons);

        List<String> who = new ArrayList<>(view.therapistNames());
        who.addAll(view.contactPersonNames());
        section("areas.moments.detail.who", String.join(", ", who));
        section("field.summary", m.summary());
        section("field.offered", m.offered());
        section("field.asked", m.asked());
        if (m.followUp() != null) {
            Label state = new Label(MomentRow.stateText(m, row.state(), context));
            state.getStyleClass().add(switch (row.state()) {
                case LATE -> Styles.DANGER;
                case DONE -> Styles.SUCCESS;
                default -> Styles.ACCENT;
            });
            state.setId("moment-follow-up-state");
            box.getChildren().addAll(title("field.followUp"), text(m.followUp()), state);
        }
        if (!view.goalTitles().isEmpty()) {
            FlowPane goals = new FlowPane(6, 6);
            for (String goal : view.goalTitles()) {
                Label chip = new Label(goal);
                chip.getStyleClass().add(UiStyles.CHIP);
                goals.getChildren().add(chip);
            }
            box.getChildren().addAll(title("field.goals"), goals);
        }

    }

    private void section(String titleKey, String text) {
        if (text != null && !text.isBlank()) {
            box.getChildren().addAll(title(titleKey), text(text));
        }
    }

    private Label title(String key) {
        Label label = new Label(context.text(key));
        label.getStyleClass().add(UiStyles.SECTION_TITLE);
        return label;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
