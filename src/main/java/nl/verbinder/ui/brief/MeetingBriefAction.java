package nl.verbinder.ui.brief;

import java.util.Optional;
import java.util.function.Supplier;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.transfer.TransferFiles;

/** "Gesprek voorbereiden…" (Ctrl+B): the brief of the partner chosen in Partners or Aandacht. */
public final class MeetingBriefAction {

    private final UiContext context;
    private final Supplier<Optional<Long>> partnerInView;
    private final Supplier<TransferFiles> files;

    public MeetingBriefAction(UiContext context, Supplier<Optional<Long>> partnerInView, Supplier<TransferFiles> files) {
        this.context = context;
        this.partnerInView = partnerInView;
        this.files = files;
    }

    public void run() {
        Optional<Long> partner = partnerInView.get();
        if (partner.isEmpty()) {
            context.notifier().notify(context.text("brief.ui.choose-partner"));
            return;
        }
        MeetingBriefModel model = new MeetingBriefModel(context, partner.get());
        model.load(() -> new MeetingBriefDialog(context, model, files).showAndWait());
    }
}
