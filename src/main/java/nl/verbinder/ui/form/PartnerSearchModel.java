package nl.verbinder.ui.form;

import java.util.List;
import java.util.function.Consumer;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.PartnerSearchField.Choice;

/** Behind {@link PartnerSearchField}: finds the partners matching typed text, in the background. */
final class PartnerSearchModel {

    private final UiContext context;

    PartnerSearchModel(UiContext context) {
        this.context = context;
    }

    /** The first {@code limit} partners whose name, city, tag or contact person matches the text. */
    void search(String text, int limit, Consumer<List<Choice>> found) {
        PartnerQuery query = PartnerQuery.all().withSearch(text).withPage(limit, 0);
        context.run(() -> context.services().partners().list(query).stream()
                .map(p -> PartnerSearchField.choice(context, p)).toList(), found);
    }
}
