package nl.verbinder.ui.transfer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.UndoBlocker;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.transfer.imports.ImportProblem;
import nl.verbinder.service.transfer.imports.Match;
import nl.verbinder.service.transfer.imports.UndoRefusedException;

/** How the transfer dialogs say refusals, problems and times in the user's language. */
final class TransferTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TransferTexts() {
    }

    /**
     * A refusal as the window says it: the service's message, with the window's words where the
     * command line's would not fit ("kies met --db een nieuw bestand"), and for a refused undo
     * every record that stands in the way.
     */
    static String refusal(Messages messages, VerbinderException refusal) {
        if ("transfer.restore.not-empty".equals(refusal.messageKey())) {
            return messages.get("transfer.ui.restore.not-empty", refusal.args().toArray());
        }
        String text = ErrorText.describe(messages, refusal);
        if (refusal instanceof UndoRefusedException undo) {
            List<String> lines = new ArrayList<>();
            lines.add(text);
            for (UndoBlocker blocker : undo.blockers()) {
                lines.add("• " + messages.get("transfer.import.undo.blocker", messages.get(blocker.entity().labelKey()),
                        blocker.name(), blocker.entityId(), messages.get(blocker.reason().labelKey())));
            }
            return String.join("\n", lines);
        }
        return text;
    }

    /** A problem with its place: "Rij 3, kolom E-mail: ..." ("Kaart 2" in a vCard file; the file as a whole has no place). */
    static String problem(Messages messages, ImportProblem problem, boolean cards) {
        String text = text(messages, problem);
        String severity = messages.get(problem.isError() ? "transfer.ui.import.error" : "transfer.ui.import.warning");
        if (problem.row() == 0) {
            return messages.get("transfer.ui.import.problem.file", severity, text);
        }
        String place = messages.get(cards ? "transfer.ui.import.place.card" : "transfer.ui.import.place.row", problem.row());
        if (problem.column() != null) {
            place = messages.get("transfer.ui.import.place.column", place, problem.column());
        }
        return messages.get("transfer.ui.import.problem", severity, place, text);
    }

    /** A problem in the preview's table, where the row is already shown: "Fout in kolom E-mail: ...". */
    static String problemInRow(Messages messages, ImportProblem problem) {
        String text = text(messages, problem);
        String severity = messages.get(problem.isError() ? "transfer.ui.import.error" : "transfer.ui.import.warning");
        return problem.column() == null ? messages.get("transfer.ui.import.problem.file", severity, text)
                : messages.get("transfer.ui.import.problem.in-column", severity, problem.column(), text);
    }

    /** The problem's own text, with the window's words where the command line's would not fit. */
    private static String text(Messages messages, ImportProblem problem) {
        if ("transfer.import.partners.no-name-column".equals(problem.messageKey())) {
            return messages.get("transfer.ui.import.no-name-column", problem.args().toArray());
        }
        if ("transfer.import.partners.title-as-header".equals(problem.messageKey())) {
            return messages.get("transfer.ui.import.header-not-found", problem.args().getFirst());
        }
        return messages.get(problem.messageKey(), problem.args().toArray());
    }

    /** What a duplicate row matches: a partner already there, or an earlier row of the file. */
    static String match(Messages messages, Match match) {
        String reason = messages.get(match.reason().messageKey());
        return match.isExisting() ? messages.get("transfer.ui.import.match.existing", match.name(), reason)
                : messages.get("transfer.ui.import.match.row", match.name(), match.row(), reason);
    }

    /** A moment as "23-11-2026 14:05" (Dutch) in the computer's time zone. */
    static String moment(Messages messages, Instant instant) {
        ZonedDateTime local = instant.atZone(ZoneId.systemDefault());
        return messages.date(local.toLocalDate()) + " " + TIME.format(local);
    }
}
