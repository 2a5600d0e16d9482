package nl.verbinder.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.PracticeNetworkService.NetworkRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code networks}: the networks the practice takes part in, with their phase and latest review. */
@Command(name = "networks", mixinStandardHelpOptions = true, sortOptions = false)
final class NetworksCommand extends ContextCommand {

    @Mixin
    FormatOption output;

    NetworksCommand(CliContext context) {
        super(context);
    }

    /** A member as the JSON shows it. */
    @JsonPropertyOrder({"partnerId", "partner", "role"})
    record MemberJson(long partnerId, String partner, String role) {
    }

    /** A review as the JSON shows it: codes, not labels. */
    @JsonPropertyOrder({"reviewedOn", "scores", "trust", "participants", "goalConsensus", "competenceNeed",
            "tipsFollowed", "decision", "decisionNote"})
    record ReviewJson(LocalDate reviewedOn, Map<String, Integer> scores, int trust, int participants,
                      int goalConsensus, int competenceNeed, List<String> tipsFollowed, String decision,
                      String decisionNote) {

        static ReviewJson of(NetworkReview r) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (MaturityDimension d : MaturityDimension.values()) {
                scores.put(d.code(), r.score(d));
            }
            return new ReviewJson(r.reviewedOn(), scores, r.factors().trust(), r.factors().participants(),
                    r.factors().goalConsensus(), r.factors().competenceNeed(),
                    r.tipsFollowed().stream().sorted().map(t -> t.code()).toList(), r.decision().code(),
                    r.decisionNote());
        }
    }

    /** A network as the JSON shows it. */
    @JsonPropertyOrder({"id", "name", "kind", "governance", "focus", "scope", "region", "role", "phase",
            "hoursPerQuarter", "contract", "contractUntil", "members", "reviews", "latestReview"})
    record NetworkJson(long id, String name, String kind, String governance, String focus, String scope,
                       String region, String role, String phase, Integer hoursPerQuarter, String contract,
                       LocalDate contractUntil, List<MemberJson> members, int reviews, ReviewJson latestReview) {
    }

    @Override
    public Integer call() {
        List<NetworkRow> rows = context.services().practiceNetworks().overview();
        if (output.json()) {
            printJson(rows);
        } else {
            printTable(rows);
        }
        return ExitCodes.DONE;
    }

    private void printJson(List<NetworkRow> rows) {
        List<NetworkJson> out = new ArrayList<>();
        for (NetworkRow row : rows) {
            PracticeNetwork n = row.network();
            out.add(new NetworkJson(n.id(), n.name(), n.kind().code(), n.governance().code(), n.focus().code(),
                    n.scope().code(), n.region(), n.ourRole().code(), n.phase().code(), n.hoursPerQuarter(),
                    n.contract(), n.contractUntil(), n.members().stream()
                            .map(m -> new MemberJson(m.partnerId(), m.partnerName(), m.role())).toList(),
                    row.reviewCount(), row.latestReview() == null ? null : ReviewJson.of(row.latestReview())));
        }
        Json.print(context.out(), out);
    }

    private void printTable(List<NetworkRow> rows) {
        Messages m = context.messages();
        TextTable table = new TextTable(List.of("#", m.get("field.name"), m.get("field.kind"), m.get("field.phase"),
                m.get("field.ourRole"), m.get("cli.networks.last-review"), m.get("field.decision")),
                7, 40, 32, 20, 12, 12, 14);
        for (NetworkRow row : rows) {
            PracticeNetwork n = row.network();
            NetworkReview r = row.latestReview();
            table.add(List.of(String.valueOf(n.id()), n.name(), m.get(n.kind().labelKey()), m.get(n.phase().labelKey()),
                    m.get(n.ourRole().labelKey()), r == null ? "-" : m.date(r.reviewedOn()),
                    r == null ? "-" : m.get(r.decision().labelKey())));
        }
        table.print(context.out());
    }
}
