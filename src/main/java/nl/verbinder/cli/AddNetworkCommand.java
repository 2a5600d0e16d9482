package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.networks.GovernanceForm;
import nl.verbinder.domain.networks.NetworkFocus;
import nl.verbinder.domain.networks.NetworkKind;
import nl.verbinder.domain.networks.NetworkMember;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkScope;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.PracticeNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code network add}: add a network the practice takes part in; prints its new id. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
final class AddNetworkCommand extends ContextCommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "network-add.name")
    String name;

    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "network-add.kind")
    String kind;

    @Option(names = "--governance", paramLabel = "FORM", descriptionKey = "network-add.governance")
    String governance;

    @Option(names = "--focus", paramLabel = "FOCUS", descriptionKey = "network-add.focus")
    String focus;

    @Option(names = "--national", descriptionKey = "network-add.national")
    boolean national;

    @Option(names = "--region", paramLabel = "TEXT", descriptionKey = "network-add.region")
    String region;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "network-add.role")
    String role;

    @Option(names = "--phase", paramLabel = "PHASE", descriptionKey = "network-add.phase")
    String phase;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", descriptionKey = "network-add.since")
    String since;

    @Option(names = "--hours", paramLabel = "N", descriptionKey = "network-add.hours")
    String hours;

    @Option(names = "--contract", paramLabel = "TEXT", descriptionKey = "network-add.contract")
    String contract;

    @Option(names = "--contract-until", paramLabel = "YYYY-MM-DD", descriptionKey = "network-add.contract-until")
    String contractUntil;

    @Option(names = "--member", paramLabel = "PARTNER[=ROLE]", descriptionKey = "network-add.member")
    List<String> members = List.of();

    @Option(names = "--goal", paramLabel = "TITLE_OR_ID", descriptionKey = "network-add.goal")
    List<String> goals = List.of();

    AddNetworkCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<FieldError> unreadable = new ArrayList<>();
        NetworkKind k = Inputs.collecting(unreadable, () -> Inputs.code(NetworkKind.class, "kind", kind));
        GovernanceForm g = governance == null ? GovernanceForm.SELF_GOVERNED
                : Inputs.collecting(unreadable, () -> Inputs.code(GovernanceForm.class, "governance", governance));
        NetworkFocus f = focus == null ? NetworkFocus.TASK
                : Inputs.collecting(unreadable, () -> Inputs.code(NetworkFocus.class, "focus", focus));
        OurRole r = role == null ? OurRole.PARTICIPANT
                : Inputs.collecting(unreadable, () -> Inputs.code(OurRole.class, "ourRole", role));
        NetworkPhase p = phase == null ? NetworkPhase.RECRUITING
                : Inputs.collecting(unreadable, () -> Inputs.code(NetworkPhase.class, "phase", phase));
        LocalDate from = since == null ? null : Inputs.collecting(unreadable, () -> Inputs.date("phaseSince", since));
        Integer h = Inputs.collecting(unreadable, () -> Inputs.number("hoursPerQuarter", hours));
        LocalDate until = contractUntil == null ? null
                : Inputs.collecting(unreadable, () -> Inputs.date("contractUntil", contractUntil));
        if (!unreadable.isEmpty()) {
            throw new UsageException(unreadable);
        }
        List<FieldError> errors = new ArrayList<>();
        List<NetworkMember> memberList = new ArrayList<>();
        for (String member : members) {
            int eq = member.indexOf('=');
            String who = eq < 0 ? member : member.substring(0, eq);
            String memberRole = eq < 0 ? null : member.substring(eq + 1);
            try {
                memberList.add(NetworkMember.of(context.services().partners().resolve(who).id(), memberRole));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        Set<Long> goalIds = new HashSet<>();
        for (String goal : goals) {
            goalIds.add(goalId(goal, errors));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PracticeNetwork draft = new PracticeNetwork(null, name, k, g, f,
                national ? NetworkScope.NATIONAL : NetworkScope.REGIONAL, region, r, h, contract, until, p, null,
                memberList, goalIds, null, null, 0);
        PracticeNetwork created = context.services().practiceNetworks().create(draft, from);
        context.out().println(created.id());
        return ExitCodes.DONE;
    }

    private Long goalId(String text, List<FieldError> errors) {
        String clean = text.strip();
        for (SharedGoal goal : context.services().goals().list()) {
            if (String.valueOf(goal.id()).equals(clean) || goal.title().equalsIgnoreCase(clean)) {
                return goal.id();
            }
        }
        errors.add(FieldError.of("goals", "error.network.goal-unknown", clean));
        return -1L;
    }
}
