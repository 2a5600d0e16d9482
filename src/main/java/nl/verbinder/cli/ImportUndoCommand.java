package nl.verbinder.cli;

import java.time.LocalDate;
import nl.verbinder.domain.ImportItem;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportedEntity;
import nl.verbinder.domain.UndoBlocker;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.imports.UndoRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code import undo --last}: undo the most recent import as a whole. */
@Command(name = "undo", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportUndoCommand extends ContextCommand {

    @Option(names = "--last", required = true, descriptionKey = "transfer.import.undo.last")
    boolean last;

    ImportUndoCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        ImportRecord undone;
        try {
            undone = context.services().imports().undoLast();
        } catch (UndoRefusedException e) {
            context.err().println(m.get(e.messageKey(), e.args().toArray()));
            for (UndoBlocker blocker : e.blockers()) {
                context.err().println("  " + m.get("transfer.import.undo.blocker", m.get(blocker.entity().labelKey()),
                        blocker.name(), blocker.entityId(), m.get(blocker.reason().labelKey())));
            }
            return ExitCodes.REFUSED;
        }
        LocalDate on = LocalDate.ofInstant(undone.importedAt(), context.clock().getZone());
        context.out().println(m.get("cli.import.undo.done", undone.id(), m.date(on), undone.fileName(),
                m.count("count.partners", undone.count(ImportedEntity.PARTNER, ImportItem.Action.CREATED)),
                m.count("count.contact-persons", undone.count(ImportedEntity.CONTACT_PERSON, ImportItem.Action.CREATED)),
                undone.count(ImportedEntity.PARTNER, ImportItem.Action.FILLED)
                        + undone.count(ImportedEntity.CONTACT_PERSON, ImportItem.Action.FILLED)));
        long moments = undone.count(ImportedEntity.CONTACT_MOMENT, ImportItem.Action.CREATED);
        if (moments > 0) {
            context.out().println(m.count("agenda.cli.undone-moments", moments));
        }
        return ExitCodes.DONE;
    }
}
