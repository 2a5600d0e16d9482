package nl.verbinder.ui;

import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.AreaView;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.attention.AttentionView;
import nl.verbinder.ui.environment.EnvironmentView;
import nl.verbinder.ui.goals.GoalsView;
import nl.verbinder.ui.insight.InsightView;
import nl.verbinder.ui.moments.MomentsView;
import nl.verbinder.ui.network.NetworkView;
import nl.verbinder.ui.partners.PartnersView;
import nl.verbinder.ui.practice.PracticeView;
import nl.verbinder.ui.trash.TrashView;

/** Makes the view of each area; the one place that knows every area's view class. */
final class AreaViews {

    private AreaViews() {
    }

    static AreaView create(Area area, UiContext context) {
        return switch (area) {
            case ATTENTION -> new AttentionView(context);
            case PARTNERS -> new PartnersView(context);
            case MOMENTS -> new MomentsView(context);
            case GOALS -> new GoalsView(context);
            case ENVIRONMENT -> new EnvironmentView(context);
            case NETWORK -> new NetworkView(context);
            case INSIGHT -> new InsightView(context);
            case PRACTICE -> new PracticeView(context);
            case TRASH -> new TrashView(context);
        };
    }
}
