package nl.verbinder.ui.insight;

import java.nio.file.Path;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.ui.area.UiContext;

/**
 * "Kwartaalrapport…": asks for the quarter and the file, writes the report in the background
 * (the status bar shows it is busy) and says where it went. The same from the menu and from
 * the Inzicht view.
 */
public final class QuarterlyReportAction {

    private final UiContext context;

    public QuarterlyReportAction(UiContext context) {
        this.context = context;
    }

    /** Asks for the quarter and the file (and the practice's name when it has none yet), then writes. */
    public void run() {
        new ReportViewModel(context).practiceName(name -> context.dialogs().show(new ReportDialog(context, name))
                .ifPresent(this::write));
    }

    /** Writes the report for the quarter to the file; a notification says when it is there. */
    public void write(ReportDialog.Request request) {
        Quarter quarter = request.quarter();
        Path file = request.file();
        context.notifier().notify(context.text("insights.report.busy", quarterName(quarter)));
        new ReportViewModel(context).write(quarter, file, request.practiceName(), summary -> context.notifier().notify(context.count("insights.report.saved",
                        summary.pages(), quarterName(quarter), summary.file().getFileName())));
    }

    private String quarterName(Quarter quarter) {
        return context.text("insights.quarter.name", quarter.number(), quarter.year());
    }
}
