package nl.verbinder.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.attention.NetworkSnooze;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.PhaseChange;
import nl.verbinder.domain.networks.PracticeNetwork;

/** The networks the practice takes part in (Netwerken): members, goals, phase history, moments and reviews. */
public interface PracticeNetworkRepository {

    long insert(PracticeNetwork network, Instant now);

    /** Updates the network with its members and goals when the version still matches; false when not. */
    boolean update(PracticeNetwork network, Instant now);

    Optional<PracticeNetwork> find(long id);

    /** All networks with their members and goals, by name. */
    List<PracticeNetwork> all();

    void delete(long id);

    void addPhase(long networkId, PhaseChange change);

    /** The phase history, oldest first. */
    List<PhaseChange> phases(long networkId);

    long insertReview(NetworkReview review, Instant now);

    /** The network's reviews, oldest first. */
    List<NetworkReview> reviews(long networkId);

    /** Every network's reviews, oldest first, by network id. */
    Map<Long, List<NetworkReview>> allReviews();

    /** Marks the contact moment as held in the network; nothing happens when it already is. */
    void tagMoment(long networkId, long momentId);

    void untagMoment(long networkId, long momentId);

    /** The ids of the moments held in the network. */
    List<Long> taggedMoments(long networkId);

    /** The networks a moment was held in. */
    List<Long> networksOfMoment(long momentId);

    /** Per network, the day of its last moment on or before {@code today}; absent when it has none. */
    Map<Long, LocalDate> lastMoments(LocalDate today);

    /** The snoozes of networks' attention items, by network id. */
    Map<Long, NetworkSnooze> snoozes();

    /** Saves the network's snooze, replacing the one it had. */
    void saveSnooze(NetworkSnooze snooze, Instant now);

    /** Removes the network's snooze; false when it had none. */
    boolean deleteSnooze(long networkId);
}
