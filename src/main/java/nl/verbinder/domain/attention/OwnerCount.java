package nl.verbinder.domain.attention;

/**
 * How many relationships of one owner need attention.
 *
 * @param ownerId   the therapist, or {@code null} for partners without an owner
 * @param ownerName the therapist's name, or {@code null} for partners without an owner
 */
public record OwnerCount(Long ownerId, String ownerName, int count) {
}
