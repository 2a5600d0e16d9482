package nl.verbinder.ui.partners;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.FormModel;
import nl.verbinder.ui.form.MergeField;

/** The form behind adding or changing a contact person: its fields, checked as the user types. */
final class ContactPersonEditor extends FormModel<ContactPerson> {

    private ContactPerson original;
    private final long partnerId;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty linkedin = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private Runnable afterConflict = () -> { };

    ContactPersonEditor(UiContext context, long partnerId, ContactPerson original) {
        super(context, context.services().contactPersons()::check);
        this.original = original;
        this.partnerId = partnerId;
        if (original != null) {
            fill(() -> showStored(original));
        }
    }

    @Override
    protected void showStored(ContactPerson stored) {
        original = stored;
        name.set(stored.name());
        role.set(text(stored.role()));
        email.set(text(stored.email()));
        phone.set(text(stored.phone()));
        linkedin.set(text(stored.linkedinUrl()));
        notes.set(text(stored.notes()));
    }

    @Override
    protected List<MergeField<ContactPerson>> mergeFields() {
        return List.of(
                MergeField.of("name", name, p -> text(p.name())),
                MergeField.of("role", role, p -> text(p.role())),
                MergeField.of("email", email, p -> text(p.email())),
                MergeField.of("phone", phone, p -> text(p.phone())),
                MergeField.of("linkedinUrl", linkedin, p -> text(p.linkedinUrl())),
                MergeField.of("notes", notes, p -> text(p.notes())));
    }

    @Override
    protected ContactPerson latest() {
        return context.services().contactPersons().get(original.id());
    }

    @Override
    protected ContactPerson base() {
        return original;
    }

    @Override
    public boolean isNew() {
        return original == null;
    }

    /** What to do when someone else changed the person meanwhile and the user wants the stored version. */
    void afterConflict(Runnable action) {
        this.afterConflict = action;
    }

    @Override
    protected void reload() {
        afterConflict.run();
    }

    void save(Consumer<ContactPerson> onStored) {
        saveWith(context.services().contactPersons()::add, context.services().contactPersons()::update, onStored);
    }

    @Override
    protected ContactPerson draft() {
        if (original == null) {
            return ContactPerson.newAt(partnerId, name.get(), role.get(), email.get(), phone.get(), linkedin.get(),
                    notes.get());
        }
        return new ContactPerson(original.id(), original.partnerId(), name.get(), role.get(), email.get(), phone.get(),
                linkedin.get(), notes.get(), original.createdAt(), original.updatedAt(), original.version());
    }

    StringProperty name() {
        return name;
    }

    StringProperty role() {
        return role;
    }

    StringProperty email() {
        return email;
    }

    StringProperty phone() {
        return phone;
    }

    StringProperty linkedin() {
        return linkedin;
    }

    StringProperty notes() {
        return notes;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
