package nl.verbinder.domain.networks;

/**
 * A partner that takes part in a network, with its role there ("coördinator", "financier").
 *
 * @param partnerName filled when read; ignored when saved
 */
public record NetworkMember(long partnerId, String partnerName, String role) {

    public static NetworkMember of(long partnerId, String role) {
        return new NetworkMember(partnerId, null, role);
    }
}
