package nl.verbinder.service.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verbinder.domain.search.SearchHit;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.domain.search.SearchRef;
import nl.verbinder.store.Store;

/**
 * "Search everything" (Ctrl+K): partners, contact persons, and the text of contact moments,
 * shared goals and environment notes ("wat spraken we met de praktijkondersteuner af over
 * COPD?"), in one read transaction, a handful of each kind.
 */
public final class SearchService {

    /** How many results of each kind at most. */
    public static final int PER_KIND = 8;

    private final Store store;

    public SearchService(Store store) {
        this.store = store;
    }

    /** The words of what was typed, in lower case; fewer than two letters in all finds nothing. */
    public static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        for (String word : typed.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return String.join("", words).length() < 2 ? List.of() : words;
    }

    /** What holds every word typed: partners, then persons, moments (newest first), goals and notes. */
    public List<SearchHit> everything(String typed) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        return store.transactions().read(() -> {
            List<SearchHit> hits = new ArrayList<>();
            for (SearchKind kind : SearchKind.values()) {
                hits.addAll(store.search().find(kind, words, PER_KIND));
            }
            return hits;
        });
    }

    /**
     * The records last opened (the newest first), as results to open again; those that are gone
     * or in the trash are left out. One query per kind, in one read transaction.
     */
    public List<SearchHit> recent(List<SearchRef> opened) {
        if (opened.isEmpty()) {
            return List.of();
        }
        List<SearchHit> found = store.transactions().read(() -> {
            List<SearchHit> hits = new ArrayList<>();
            for (SearchKind kind : SearchKind.values()) {
                List<Long> ids = opened.stream().filter(r -> r.kind() == kind).map(SearchRef::id).toList();
                hits.addAll(store.search().byIds(kind, ids));
            }
            return hits;
        });
        return opened.stream().flatMap(ref -> found.stream()
                .filter(hit -> hit.kind() == ref.kind() && hit.id() == ref.id()).limit(1)).toList();
    }
}
