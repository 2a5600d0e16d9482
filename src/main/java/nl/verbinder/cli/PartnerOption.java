package nl.verbinder.cli;

import nl.verbinder.domain.Partner;
import picocli.CommandLine.Option;

/**
 * {@code --partner NAME_OR_ID}, the one partner that {@code log}, {@code snooze} and
 * {@code history} are about (a picocli mixin).
 */
final class PartnerOption {

    @Option(names = "--partner", required = true, paramLabel = "NAME_OR_ID", descriptionKey = "option.partner")
    String nameOrId;

    /** The partner with that name or number; refused when there is none or more than one. */
    Partner find(CliContext context) {
        return context.services().partners().resolve(nameOrId);
    }
}
