package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.ui.area.Browser;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The contact persons tab: the list, and add, edit, delete (to the trash, with an undo), erase
 * (GDPR, after a confirmation that says what goes) and merge two.
 */
final class ContactPersonsController {

    private final UiContext context;
    private final PartnerDetailViewModel model;
    private final ListView<ContactPerson> list;
    private final VBox box;

    ContactPersonsController(UiContext context, PartnerDetailViewModel model) {
        this.context = context;
        this.model = model;
        list = new ListView<>(model.persons());
        list.setId("persons");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Browser browser = new Browser(context);
        list.setCellFactory(v -> new ContactPersonCell(browser::open));
        list.setPlaceholder(new EmptyState(Material2MZ.PERSON_OUTLINE, context.text("ui.persons.empty.title"),
                context.text("ui.persons.empty.text")));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = new Button(context.text("ui.persons.add"), Icons.of(Material2MZ.PERSON_ADD, 16));
        add.setId("person-add");
        add.setOnAction(e -> add());
        Button edit = new Button(context.text("ui.persons.edit"), Icons.of(Material2AL.EDIT, 16));
        edit.setId("person-edit");
        edit.setOnAction(e -> edit());
        Button trash = new Button(context.text("ui.persons.delete"), Icons.of(Material2AL.DELETE_OUTLINE, 16));
        trash.setId("person-delete");
        trash.setOnAction(e -> moveToTrash());
        Button erase = new Button(context.text("ui.persons.erase"), Icons.of(Material2AL.DELETE_FOREVER, 16));
        erase.setId("person-erase");
        erase.getStyleClass().add(Styles.DANGER);
        erase.setOnAction(e -> erase());
        Button data = new Button(context.text("ui.persons.data"));
        data.setId("person-data-open");
        data.setOnAction(e -> showPersonalData());
        Button merge = new Button(context.text("ui.persons.merge"), Icons.of(Material2MZ.MERGE_TYPE, 16));
        merge.setId("person-merge");
        merge.setOnAction(e -> merge());
        var selected = Bindings.size(list.getSelectionModel().getSelectedItems());
        edit.disableProperty().bind(selected.isNotEqualTo(1));
        erase.disableProperty().bind(selected.isNotEqualTo(1));
        trash.disableProperty().bind(selected.isNotEqualTo(1));
        data.disableProperty().bind(selected.isNotEqualTo(1));
        merge.disableProperty().bind(selected.isNotEqualTo(2));
        // The buttons wrap onto a second row in a narrow pane rather than being cut off.
        FlowPane buttons = new FlowPane(8, 8, add, edit, data, trash, erase, merge);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button button : List.of(add, edit, data, trash, erase, merge)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        box = new VBox(8, buttons, list);
        box.setPadding(new Insets(8, 12, 12, 12));
    }

    Node node() {
        return box;
    }

    private void add() {
        Partner partner = model.partnerProperty().get();
        if (partner != null) {
            context.dialogs().show(new ContactPersonDialog(context, partner.id(), null)).ifPresent(p -> changed());
        }
    }

    private void edit() {
        ContactPerson person = list.getSelectionModel().getSelectedItem();
        if (person != null && list.getSelectionModel().getSelectedItems().size() == 1) {
            context.dialogs().show(new ContactPersonDialog(context, person.partnerId(), person)).ifPresent(p -> changed());
        }
    }

    /** Shows everything Verbinder holds about the person (GDPR inzage), with its export. */
    private void showPersonalData() {
        ContactPerson person = list.getSelectionModel().getSelectedItem();
        if (person != null) {
            new PersonalDataModel(context).gather(person.id(),
                    data -> context.dialogs().show(new PersonalDataDialog(context, data)));
        }
    }

    /** Moves the person to the trash, with a notice that undoes it. */
    private void moveToTrash() {
        ContactPerson person = list.getSelectionModel().getSelectedItem();
        if (person == null) {
            return;
        }
        model.trashPerson(person, item -> {
            changed();
            context.notifier().notify(context.text("ui.persons.deleted", person.name()),
                    context.text("areas.action.undo"), () -> model.restorePerson(item, this::changed));
        });
    }

    /** Finds where the person is mentioned, asks (showing every mention), then erases. */
    private void erase() {
        ContactPerson person = list.getSelectionModel().getSelectedItem();
        if (person == null) {
            return;
        }
        ErasePersonViewModel erasure = new ErasePersonViewModel(context, person);
        erasure.load(() -> context.dialogs().show(new ErasePersonDialog(context, erasure)).ifPresent(confirmed ->
                erasure.erase(confirmed, redacted -> {
                    context.notifier().notify(context.text("ui.persons.erased", person.name(), redacted));
                    changed();
                })));
    }

    private void merge() {
        List<ContactPerson> two = List.copyOf(list.getSelectionModel().getSelectedItems());
        if (two.size() != 2) {
            return;
        }
        MergePersonsDialog dialog = new MergePersonsDialog(context, two.get(0), two.get(1));
        context.dialogs().show(dialog).ifPresent(choice -> model.mergePersons(choice, merged -> {
            context.notifier().notify(context.text("ui.persons.merged", merged.name()));
            changed();
        }));
    }

    private void changed() {
        model.refresh();
        context.changes().announce(Changes.Topic.CONTACT_PERSONS, Changes.Topic.PARTNERS);
    }
}
