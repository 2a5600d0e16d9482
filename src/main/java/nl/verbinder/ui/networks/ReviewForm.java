package nl.verbinder.ui.networks;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.networks.DimensionScore;
import nl.verbinder.domain.networks.EffectivenessFactors;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.NetworkTip;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.ui.form.FormModel;
import nl.verbinder.ui.area.UiContext;

/**
 * The review of a network, made to take under five minutes with the keyboard: a digit and a
 * line per dimension, the four factors, nine yes/no tips, a decision. Starts from the previous
 * review's scores when there is one, so only what changed needs typing.
 */
public final class ReviewForm extends FormModel<NetworkReview> {

    private final long networkId;
    private final LongConsumer onSaved;
    private final ObjectProperty<LocalDate> reviewedOn = new SimpleObjectProperty<>();
    private final Map<MaturityDimension, StringProperty> scores = new EnumMap<>(MaturityDimension.class);
    private final Map<MaturityDimension, StringProperty> reasons = new EnumMap<>(MaturityDimension.class);
    private final StringProperty trust = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final StringProperty consensus = new SimpleStringProperty("");
    private final StringProperty competenceNeed = new SimpleStringProperty("");
    private final Map<NetworkTip, BooleanProperty> tips = new EnumMap<>(NetworkTip.class);
    private final ObjectProperty<ReviewDecision> decision = new SimpleObjectProperty<>(ReviewDecision.MAINTAIN);
    private final StringProperty note = new SimpleStringProperty("");

    /**
     * @param previous the network's latest review, whose scores and factors the form starts from, or {@code null}
     * @param members  how many members the network has: the default number of participants
     */
    ReviewForm(UiContext context, long networkId, NetworkReview previous, int members, LongConsumer onSaved) {
        super(context, context.services().practiceNetworks()::check);
        this.networkId = networkId;
        this.onSaved = onSaved;
        for (MaturityDimension d : MaturityDimension.values()) {
            scores.put(d, new SimpleStringProperty(""));
            reasons.put(d, new SimpleStringProperty(""));
        }
        for (NetworkTip tip : NetworkTip.values()) {
            tips.put(tip, new SimpleBooleanProperty());
        }
        fill(() -> {
            reviewedOn.set(context.today());
            if (previous != null) {
                for (MaturityDimension d : MaturityDimension.values()) {
                    scores.get(d).set(String.valueOf(previous.score(d)));
                }
                trust.set(String.valueOf(previous.factors().trust()));
                participants.set(String.valueOf(previous.factors().participants()));
                consensus.set(String.valueOf(previous.factors().goalConsensus()));
                competenceNeed.set(String.valueOf(previous.factors().competenceNeed()));
                previous.tipsFollowed().forEach(t -> tips.get(t).set(true));
                decision.set(previous.decision());
            } else {
                participants.set(String.valueOf(Math.max(1, members)));
            }
        });
    }

    @Override
    public boolean isNew() {
        return true;
    }

    public void save(Runnable done) {
        saveWith(context.services().practiceNetworks()::review, r -> r, stored -> {
            done.run();
            onSaved.accept(stored.networkId());
        });
    }

    @Override
    protected NetworkReview draft() {
        Map<MaturityDimension, DimensionScore> map = new EnumMap<>(MaturityDimension.class);
        for (MaturityDimension d : MaturityDimension.values()) {
            String text = scores.get(d).get();
            if (text != null && !text.isBlank()) {
                map.put(d, new DimensionScore(number(text), reasons.get(d).get()));
            }
        }
        Set<NetworkTip> yes = EnumSet.noneOf(NetworkTip.class);
        tips.forEach((tip, value) -> {
            if (value.get()) {
                yes.add(tip);
            }
        });
        return new NetworkReview(null, networkId, reviewedOn.get(), map,
                new EffectivenessFactors(number(trust.get()), number(participants.get()), number(consensus.get()),
                        number(competenceNeed.get())), yes, decision.get(), note.get(), null);
    }

    /** A typed number, or 0 (which the service refuses with its range) when it is none. */
    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public ObjectProperty<LocalDate> reviewedOnProperty() {
        return reviewedOn;
    }

    public StringProperty scoreProperty(MaturityDimension d) {
        return scores.get(d);
    }

    public StringProperty reasonProperty(MaturityDimension d) {
        return reasons.get(d);
    }

    public StringProperty trustProperty() {
        return trust;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    public StringProperty consensusProperty() {
        return consensus;
    }

    public StringProperty competenceNeedProperty() {
        return competenceNeed;
    }

    public BooleanProperty tipProperty(NetworkTip tip) {
        return tips.get(tip);
    }

    public ObjectProperty<ReviewDecision> decisionProperty() {
        return decision;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
