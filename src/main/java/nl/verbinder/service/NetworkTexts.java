package nl.verbinder.service;

import java.util.List;
import java.util.stream.Collectors;
import nl.verbinder.domain.networks.FitReason;
import nl.verbinder.domain.networks.GovernanceFit;
import nl.verbinder.domain.networks.GovernanceForm;
import nl.verbinder.i18n.Messages;

/** Says the governance-fit hint in the user's language, for the window and the command line alike. */
public final class NetworkTexts {

    private NetworkTexts() {
    }

    /** "De factoren wijzen het meest naar: Zelfsturend (3 van 4). Nu: Leidende organisatie." */
    public static String fitSummary(Messages messages, GovernanceFit fit, GovernanceForm current) {
        String suggested = fit.suggested().stream().map(f -> messages.get(f.labelKey()))
                .collect(Collectors.joining(" / "));
        return messages.get("network-fit.summary", suggested, fit.votesFor(fit.suggested().getFirst()),
                current == null ? "-" : messages.get(current.labelKey()));
    }

    /** One sentence per factor: what the review said and which form it suits. */
    public static List<String> fitReasons(Messages messages, GovernanceFit fit) {
        return fit.reasons().stream().map(r -> reason(messages, r)).toList();
    }

    public static String reason(Messages messages, FitReason r) {
        return messages.get(r.messageKey(), r.value(), messages.get(r.suits().labelKey()).toLowerCase(messages.locale()));
    }
}
