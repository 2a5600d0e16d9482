package nl.verbinder.domain.attention;

import java.time.LocalDate;
import nl.verbinder.domain.networks.MaturityChange;
import nl.verbinder.domain.networks.OurRole;

/**
 * What the network attention rules need to know about one network the practice takes part in.
 *
 * @param createdOn     the day it was added
 * @param contract      the contract that depends on our membership, or {@code null}
 * @param contractUntil until when that contract runs, if known
 * @param maturity      the latest review and the one before (either may be missing)
 * @param lastMoment    the day of the last moment held in the network, or {@code null}
 */
public record NetworkFacts(
        long networkId,
        String name,
        OurRole ourRole,
        LocalDate createdOn,
        String contract,
        LocalDate contractUntil,
        MaturityChange maturity,
        LocalDate lastMoment) {

    public boolean carriesContract() {
        return contract != null && !contract.isBlank();
    }
}
