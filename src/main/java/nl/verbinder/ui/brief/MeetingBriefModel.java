package nl.verbinder.ui.brief;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.brief.BriefSection;
import nl.verbinder.domain.brief.MeetingBrief;
import nl.verbinder.ui.area.UiContext;

/**
 * "Gesprek voorbereiden": one partner's brief on one screen, to read, copy as plain text or
 * save as a one-page PDF.
 */
public final class MeetingBriefModel {

    private final UiContext context;
    private final long partnerId;
    private final ObservableList<BriefSection> sections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper plainText = new ReadOnlyStringWrapper("");
    private MeetingBrief brief;

    public MeetingBriefModel(UiContext context, long partnerId) {
        this.context = context;
        this.partnerId = partnerId;
    }

    /** Gathers the brief in the background; {@code done} runs once it is shown. */
    public void load(Runnable done) {
        context.run(() -> {
            MeetingBrief gathered = context.services().briefs().brief(partnerId);
            return new Loaded(gathered, context.services().briefs().sections(gathered, context.messages()),
                    context.services().briefs().plainText(gathered, context.messages()));
        }, loaded -> {
            brief = loaded.brief();
            title.set(context.text("brief.title", loaded.brief().partner().name(), context.date(loaded.brief().today())));
            sections.setAll(loaded.sections());
            plainText.set(loaded.text());
            done.run();
        });
    }

    private record Loaded(MeetingBrief brief, List<BriefSection> sections, String text) {
    }

    /** Writes the brief as PDF; {@code done} gets the file once it is there. */
    public void savePdf(Path file, Consumer<Path> done) {
        MeetingBrief shown = brief;
        context.run(() -> {
            context.services().briefs().writePdf(shown, context.messages(), file);
            return file;
        }, written -> {
            context.notifier().notify(context.text("brief.ui.saved", written.getFileName()));
            done.accept(written);
        });
    }

    /** The name the PDF is suggested under. */
    public String suggestedFileName() {
        String name = brief == null ? "" : brief.partner().name().replaceAll("[^\\p{L}\\p{N}]+", "-");
        return context.text("brief.ui.file-name", name, brief == null ? "" : brief.today().toString()) + ".pdf";
    }

    public ObservableList<BriefSection> sections() {
        return sections;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The brief as plain text, for the clipboard. */
    public ReadOnlyStringProperty plainTextProperty() {
        return plainText.getReadOnlyProperty();
    }
}
