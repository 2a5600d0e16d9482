package nl.verbinder.ui.moments;

import java.util.Optional;
import java.util.function.Supplier;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.ui.area.UiContext;

/**
 * "Contactmoment vastleggen" (Ctrl+L), from the menu or any area: opens the moment form for the
 * partner in view, and owns what follows a save. The form stores and announces the change;
 * this remembers who logged, says so, and lets the views reveal the partner (the Partners
 * area shows it when it showed none); otherwise the notice offers to show it.
 */
public final class LogMomentAction {

    private final UiContext context;
    private final Supplier<Optional<Long>> partnerInView;
    private final Runnable keepSettings;

    /**
     * @param partnerInView the partner the area on screen has chosen, if any
     * @param keepSettings  stores the settings (the therapist who logged is remembered)
     */
    public LogMomentAction(UiContext context, Supplier<Optional<Long>> partnerInView, Runnable keepSettings) {
        this.context = context;
        this.partnerInView = partnerInView;
        this.keepSettings = keepSettings;
    }

    /** Logs a moment for this partner, or (null) the one in view, or one still to choose. */
    public void run(Long partnerId) {
        Long partner = partnerId != null ? partnerId : partnerInView.get().orElse(null);
        MomentForm form = MomentForm.forNew(context, partner);
        if (new MomentFormDialog(context, form).showAndWait()) {
            afterSave(form.stored());
        }
    }

    private void afterSave(ContactMoment moment) {
        keepSettings.run();
        long logged = moment.partnerId();
        if (moment.id() == null) {
            context.notifier().notify(context.text("ui.log.waiting", context.date(moment.date())));
            return;
        }
        String said = context.text("ui.log.saved", context.date(moment.date()));
        if (context.changes().announceLogged(logged)) {
            context.notifier().notify(said);
        } else {
            context.notifier().notify(said, context.text("ui.log.show"), () -> context.navigator().showPartner(logged));
        }
    }
}
