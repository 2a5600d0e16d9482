package nl.verbinder.ui.partners;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipQuestion;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.FormModel;

/** The relationship check of one partner: six answers 1-4 (or open), saved as of today. */
public final class RelationshipCheckForm extends FormModel<RelationshipCheck> {

    private final long partnerId;
    private final Consumer<RelationshipCheck> onSaved;
    private final Map<RelationshipQuestion, ObjectProperty<Integer>> answers = new EnumMap<>(RelationshipQuestion.class);

    RelationshipCheckForm(UiContext context, RelationshipCheck current, Consumer<RelationshipCheck> onSaved) {
        super(context, context.services().relationshipChecks()::check);
        this.partnerId = current.partnerId();
        this.onSaved = onSaved;
        for (RelationshipQuestion q : RelationshipQuestion.values()) {
            answers.put(q, new SimpleObjectProperty<>());
        }
        fill(() -> current.answers().forEach((q, a) -> answers.get(q).set(a)));
    }

    @Override
    public boolean isNew() {
        return true;
    }

    public void save(Runnable done) {
        saveWith(context.services().relationshipChecks()::save, c -> c, stored -> {
            done.run();
            onSaved.accept(stored);
        });
    }

    @Override
    protected RelationshipCheck draft() {
        Map<RelationshipQuestion, Integer> given = new EnumMap<>(RelationshipQuestion.class);
        answers.forEach((q, a) -> {
            if (a.get() != null) {
                given.put(q, a.get());
            }
        });
        return new RelationshipCheck(partnerId, given, context.today());
    }

    public ObjectProperty<Integer> answerProperty(RelationshipQuestion question) {
        return answers.get(question);
    }

    /** The check as the answers stand now (for the scores shown while answering). */
    public RelationshipCheck current() {
        return draft();
    }
}
