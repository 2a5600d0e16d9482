package nl.verbinder.ui.moments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentField;
import nl.verbinder.ui.form.MergeField;

/**
 * What every contact moment says, as a form holds it: the date, the kind, what was said,
 * offered and asked. The moment form and the network meeting form both hold one.
 */
public final class MomentContent {

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactKind> kind;
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty offered = new SimpleStringProperty("");
    private final StringProperty asked = new SimpleStringProperty("");

    /** Empty, with this kind chosen. */
    public MomentContent(ContactKind kind) {
        this.kind = new SimpleObjectProperty<>(kind);
    }

    /** Shows what this moment says. */
    public void show(ContactMoment moment) {
        date.set(moment.date());
        kind.set(moment.kind());
        summary.set(Objects.requireNonNullElse(moment.summary(), ""));
        offered.set(Objects.requireNonNullElse(moment.offered(), ""));
        asked.set(Objects.requireNonNullElse(moment.asked(), ""));
    }

    /** The moment being built, saying what is filled in here. */
    public ContactMoment.Builder into(ContactMoment.Builder moment) {
        return moment.date(date.get()).kind(kind.get()).summary(summary.get()).offered(offered.get())
                .asked(asked.get());
    }

    /** The five fields as a conflict shows them beside what another workstation stored. */
    List<MergeField<ContactMoment>> mergeFields() {
        return List.of(
                MergeField.of(MomentField.DATE, "field.date", date, ContactMoment::date),
                MergeField.of(MomentField.KIND, "field.kind", kind, ContactMoment::kind),
                MergeField.of(MomentField.SUMMARY, "field.summary", summary, m -> orEmpty(m.summary())),
                MergeField.of(MomentField.OFFERED, "field.offered", offered, m -> orEmpty(m.offered())),
                MergeField.of(MomentField.ASKED, "field.asked", asked, m -> orEmpty(m.asked())));
    }

    private static String orEmpty(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<ContactKind> kindProperty() {
        return kind;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty offeredProperty() {
        return offered;
    }

    public StringProperty askedProperty() {
        return asked;
    }
}
