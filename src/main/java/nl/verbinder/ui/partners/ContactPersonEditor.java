package nl.verbinder.ui.partners;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.MergeField;
import nl.verbinder.ui.form.RecordForm;

/** The form behind adding or changing a contact person: its fields, checked as the user types. */
final class ContactPersonEditor extends RecordForm<ContactPerson> {

    private final long partnerId;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty linkedin = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private Runnable afterConflict = () -> { };

    ContactPersonEditor(UiContext context, long partnerId, ContactPerson original) {
        super(context, context.services().contactPersons()::check, ContactPerson::id,
                context.services().contactPersons()::get);
        this.partnerId = partnerId;
        fill(() -> showRecord(original));
    }

    @Override
    protected void show(ContactPerson person) {
        name.set(person == null ? "" : text(person.name()));
        role.set(person == null ? "" : text(person.role()));
        email.set(person == null ? "" : text(person.email()));
        phone.set(person == null ? "" : text(person.phone()));
        linkedin.set(person == null ? "" : text(person.linkedinUrl()));
        notes.set(person == null ? "" : text(person.notes()));
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

    /** What to do when someone else changed the person meanwhile and the user wants the stored version. */
    void afterConflict(Runnable action) {
        this.afterConflict = action;
    }

    @Override
    protected void reload() {
        afterConflict.run();
    }

    void save(Consumer<ContactPerson> onStored) {
        store(context.services().contactPersons()::add, context.services().contactPersons()::update, onStored);
    }

    @Override
    protected ContactPerson draft() {
        ContactPerson original = original();
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
