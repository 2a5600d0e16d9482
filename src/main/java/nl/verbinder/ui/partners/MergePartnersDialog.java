package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Labels;

/**
 * Merging two partners that are the same organisation: which record stays, and per field
 * which value. Contact persons, moments, shared goals and notes of both end up at the one
 * that stays; tags of both are kept.
 */
final class MergePartnersDialog extends Dialog<MergePartnersDialog.Plan> {

    /** What the user chose: the partner that stays with its new values, and the one that goes. */
    record Plan(Partner kept, long goneId, int goneVersion) {
    }

    MergePartnersDialog(UiContext context, Partner first, Partner second, List<Therapist> therapists) {
        setTitle(context.text("ui.merge.partners.title"));
        setHeaderText(context.text("ui.merge.partners.header"));
        Map<Long, String> owners = therapists.stream().collect(Collectors.toMap(Therapist::id, Therapist::name));

        ToggleGroup stays = new ToggleGroup();
        RadioButton keepFirst = new RadioButton(context.text("ui.merge.keep", first.name(), first.id()));
        RadioButton keepSecond = new RadioButton(context.text("ui.merge.keep", second.name(), second.id()));
        keepFirst.setId("merge-keep-first");
        keepSecond.setId("merge-keep-second");
        keepFirst.setToggleGroup(stays);
        keepSecond.setToggleGroup(stays);
        keepFirst.setSelected(true);
        Label staysLabel = new Label(context.text("ui.merge.stays"));
        staysLabel.getStyleClass().add(Styles.TEXT_BOLD);
        VBox which = new VBox(6, staysLabel, new HBox(16, keepFirst, keepSecond));

        MergeChoices choices = new MergeChoices(context, first.name(), second.name());
        Supplier<String> name = choices.text(context.text("field.name"), first.name(), second.name());
        Supplier<Category> category = choices.field(context.text("field.category"), first.category(), second.category(),
                context::label);
        Supplier<PartnerStatus> status = choices.field(context.text("field.status"), first.status(), second.status(),
                context::label);
        Supplier<Long> owner = choices.field(context.text("field.owner"), first.ownerId(), second.ownerId(),
                id -> owners.getOrDefault(id, "#" + id));
        Supplier<String> street = choices.text(context.text("field.street"), first.street(), second.street());
        Supplier<String> postcode = choices.text(context.text("field.postcode"), first.postcode(), second.postcode());
        Supplier<String> city = choices.text(context.text("field.city"), first.city(), second.city());
        Supplier<String> phone = choices.text(context.text("field.phone"), first.phone(), second.phone());
        Supplier<String> email = choices.text(context.text("field.email"), first.email(), second.email());
        Supplier<String> website = choices.text(context.text("field.website"), first.website(), second.website());
        Supplier<Integer> rhythm = choices.field(context.text("field.rhythmDays"), first.rhythmDays(), second.rhythmDays(),
                String::valueOf);
        Supplier<Integer> trust = choices.field(context.text("field.trust"), first.trust(), second.trust(),
                n -> context.text("ui.partners.trust." + n));
        Supplier<String> how = choices.longText(context.text("field.howWeKnowEachOther"), first.howWeKnowEachOther(),
                second.howWeKnowEachOther());
        Supplier<String> forUs = choices.longText(context.text("field.whatTheyMeanForUs"), first.whatTheyMeanForUs(),
                second.whatTheyMeanForUs());
        Supplier<String> forThem = choices.longText(context.text("field.whatWeMeanForThem"), first.whatWeMeanForThem(),
                second.whatWeMeanForThem());
        Supplier<String> notes = choices.longText(context.text("field.notes"), first.notes(), second.notes());
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(concat(first.tags(), second.tags())));
        choices.field(context.text("field.tags"), tags.isEmpty() ? null : String.join(", ", tags), null, Function.identity());

        Label moves = Labels.wrapped(context.text("ui.merge.partners.moves"), Styles.TEXT_MUTED);
        ScrollPane scroll = new ScrollPane(choices.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        ButtonType merge = MergeDialogParts.mergeButtons(this, context, 780, which, scroll, moves);
        setResultConverter(button -> {
            if (button != merge) {
                return null;
            }
            Partner stays1 = keepFirst.isSelected() ? first : second;
            Partner goes = keepFirst.isSelected() ? second : first;
            Partner kept = stays1.toBuilder()
                    .name(name.get()).category(category.get()).status(status.get()).ownerId(owner.get())
                    .street(street.get()).postcode(postcode.get()).city(city.get()).phone(phone.get())
                    .email(email.get()).website(website.get()).rhythmDays(rhythm.get()).trust(trust.get())
                    .howWeKnowEachOther(how.get()).whatTheyMeanForUs(forUs.get()).whatWeMeanForThem(forThem.get())
                    .notes(notes.get()).tags(tags)
                    // Known since the earlier of the two: the merged partner was known as either.
                    .knownSince(first.knownSince() == null ? second.knownSince()
                            : second.knownSince() == null || first.knownSince().isBefore(second.knownSince())
                            ? first.knownSince() : second.knownSince())
                    .build();
            return new Plan(kept, goes.id(), goes.version());
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
