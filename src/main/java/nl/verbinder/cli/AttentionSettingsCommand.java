package nl.verbinder.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.attention.AttentionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attention settings [--set KEY=VALUE]...}: show or change the thresholds of the attention rules. */
@Command(name = "settings", mixinStandardHelpOptions = true, sortOptions = false)
final class AttentionSettingsCommand extends ContextCommand {

    @Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "attention-settings.set")
    List<String> changes = new ArrayList<>();

    AttentionSettingsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        AttentionSettings settings = context.services().attention().settings();
        for (String change : changes) {
            int eq = change.indexOf('=');
            if (eq <= 0) {
                throw new ValidationException(FieldError.of("setting", "error.setting.syntax", change));
            }
            settings = context.services().attention().changeSetting(change.substring(0, eq).strip(),
                    change.substring(eq + 1));
        }
        Map<String, String> values = settings.toMap();
        Map<String, String> defaults = AttentionSettings.defaults().toMap();
        TextTable table = new TextTable(List.of(context.messages().get("cli.settings.key"),
                context.messages().get("cli.settings.value"), context.messages().get("cli.settings.default")), 50, 10, 10);
        values.forEach((key, value) -> table.add(List.of(key, value, defaults.get(key))));
        table.print(context.out());
        return ExitCodes.DONE;
    }
}
