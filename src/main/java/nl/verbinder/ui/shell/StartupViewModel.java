package nl.verbinder.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.area.UiSettings;

/**
 * What the window says once it is up: how many relationships need attention (counted in the
 * background), and on the very first start over an empty practice, the offer of the demo.
 */
public final class StartupViewModel {

    private final UiContext context;
    private final ReadOnlyIntegerWrapper attention = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper offerDemo = new ReadOnlyBooleanWrapper(false);

    public StartupViewModel(UiContext context) {
        this.context = context;
    }

    /** How many relationships need attention today; 0 until counted. */
    public ReadOnlyIntegerProperty attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** True once it is clear this is the first start over an empty practice. */
    public ReadOnlyBooleanProperty offerDemoProperty() {
        return offerDemo.getReadOnlyProperty();
    }

    public void countAttention() {
        context.run(() -> context.services().attention().count(context.today()), attention::set);
    }

    /** Offers the demo once, on a first start over an empty practice that is not the demo itself. */
    public void checkFirstStart(boolean isDemo) {
        UiSettings settings = context.settings();
        if (settings.welcomed() || isDemo) {
            return;
        }
        context.run(() -> context.services().demo().isEmpty(), empty -> {
            if (empty) {
                settings.welcomed(true);
                offerDemo.set(true);
            }
        });
    }
}
