package nl.verbinder.domain.networks;

/**
 * The four factors on which a network's effectiveness depends, as a review records them.
 *
 * @param trust          how much the members trust each other: 1 (little) to 4 (much)
 * @param participants   how many organisations take part (the network's size)
 * @param goalConsensus  how far the members agree on the goal: 1 (hardly) to 4 (fully)
 * @param competenceNeed how much the network's activity needs competences at network level
 *                       (coordination, funding, data): 1 (hardly) to 4 (much)
 */
public record EffectivenessFactors(int trust, int participants, int goalConsensus, int competenceNeed) {
}
