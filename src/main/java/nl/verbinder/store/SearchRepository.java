package nl.verbinder.store;

import java.util.List;
import nl.verbinder.domain.search.SearchHit;
import nl.verbinder.domain.search.SearchKind;

/** "Search everything": partners, contact persons, contact moments, shared goals and environment notes. */
public interface SearchRepository {

    /**
     * The records of this kind whose text holds every one of the words (ignoring case and accents, anywhere,
     * as part of a word too), at most {@code limit}; moments newest first, the others by name.
     * Records in the trash are not found.
     */
    List<SearchHit> find(SearchKind kind, List<String> words, int limit);

    /**
     * These records of this kind as search results (for "recent items"), in the order of the ids
     * given; ids of records that are gone or in the trash are left out.
     */
    List<SearchHit> byIds(SearchKind kind, List<Long> ids);
}
