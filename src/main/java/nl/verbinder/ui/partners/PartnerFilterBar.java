package nl.verbinder.ui.partners;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.Tooltips;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Above the table: search-as-you-type, the filters, the count, "new partner" and exporting what is shown. */
final class PartnerFilterBar {

    private final VBox box = new VBox(8);
    private final CustomTextField search = new CustomTextField();
    private final Label count = new Label();
    private final Button newPartner;

    PartnerFilterBar(UiContext context, PartnerListViewModel model, Runnable onNewPartner, Runnable onExport) {
        search.setId("partner-search");
        // A short prompt that fits a laptop's pane; what is searched is in the tooltip.
        search.setPromptText(context.text("ui.partners.search.short"));
        Tooltips.onHover(search, context.text("ui.partners.search.prompt"));
        search.setLeft(Icons.of(Material2MZ.SEARCH, 16));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.searchNow();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);

        newPartner = new Button(context.text("ui.partners.new"), Icons.of(Material2AL.ADD, 16));
        newPartner.setId("new-partner");
        newPartner.getStyleClass().add(Styles.ACCENT);
        Tooltips.onHover(newPartner, context.text("ui.partners.new.shortcut"));
        newPartner.setOnAction(e -> onNewPartner.run());
        newPartner.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(160);
        HBox top = new HBox(8, search, newPartner);
        top.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Category> category = new ComboBox<>();
        category.setId("filter-category");
        Choices.coded(category, Category.class, context.messages(), context.text("ui.partners.filter.all-categories"), true);
        category.valueProperty().bindBidirectional(model.categoryProperty());

        ComboBox<PartnerStatus> status = new ComboBox<>();
        status.setId("filter-status");
        Choices.coded(status, PartnerStatus.class, context.messages(), context.text("ui.partners.filter.all-statuses"), false);
        status.valueProperty().bindBidirectional(model.statusProperty());

        ComboBox<Therapist> owner = new ComboBox<>();
        owner.setId("filter-owner");
        owner.setConverter(Choices.converter(Therapist::name, context.text("ui.partners.filter.all-owners")));
        model.therapists().addListener((ListChangeListener<Therapist>) c -> {
            Therapist chosen = model.ownerProperty().get();
            owner.getItems().setAll(new ArrayList<Therapist>(Collections.singletonList(null)));
            owner.getItems().addAll(model.therapists());
            owner.setValue(chosen == null ? null : owner.getItems().stream()
                    .filter(t -> t != null && t.id().equals(chosen.id())).findFirst().orElse(null));
        });
        owner.valueProperty().addListener((obs, old, value) -> model.ownerProperty().set(value));

        ToggleButton attention = new ToggleButton(context.text("ui.partners.filter.attention"),
                Icons.of(Material2AL.ALARM, 14));
        attention.setId("filter-attention");
        attention.selectedProperty().bindBidirectional(model.attentionOnlyProperty());
        Tooltips.onHover(attention, context.text("ui.partners.filter.attention.tooltip"));

        count.setId("partner-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        Runnable updateCount = () -> count.setText(model.isFiltered()
                ? context.count("ui.partners.count.filtered", model.totalProperty().get(), model.rows().size())
                : context.count("ui.partners.count", model.rows().size()));
        model.rows().addListener((ListChangeListener<PartnerRow>) c -> updateCount.run());
        model.totalProperty().addListener((obs, old, value) -> updateCount.run());

        FlowPane filters = new FlowPane(8, 8, category, status, owner, attention);
        filters.setAlignment(Pos.CENTER_LEFT);
        Button export = new Button(context.text("transfer.ui.partners.export"), Icons.of(Material2AL.GET_APP, 14));
        export.setId("partners-export");
        export.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        Tooltips.onHover(export, context.text("transfer.ui.partners.export.tooltip"));
        export.setOnAction(e -> onExport.run());
        export.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = Nodes.spacer();
        HBox countRow = new HBox(8, count, gap, export);
        countRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(top, filters, countRow);
    }

    VBox node() {
        return box;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
