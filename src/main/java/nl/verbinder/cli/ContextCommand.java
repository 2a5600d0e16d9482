package nl.verbinder.cli;

import java.util.concurrent.Callable;

/**
 * A command of Verbinder's command line: it runs in the {@link CliContext} of one command
 * line (the database, the language, the output), which {@link Cli}'s factory passes to its
 * constructor. Only the grouping commands ({@code export}, {@code import}, ...) have none.
 */
abstract class ContextCommand implements Callable<Integer> {

    /** The database, language and output of this command line. */
    protected final CliContext context;

    protected ContextCommand(CliContext context) {
        this.context = context;
    }
}
