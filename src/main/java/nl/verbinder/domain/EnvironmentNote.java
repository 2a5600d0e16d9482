package nl.verbinder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** An observation about the practice's neighbourhood (omgevingsanalyse), with its source. */
public record EnvironmentNote(
        Long id,
        EnvironmentFactor factor,
        String area,
        String title,
        String body,
        SourceKind sourceKind,
        String sourceUrl,
        LocalDate observedOn,
        Set<Long> partnerIds,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public EnvironmentNote {
        partnerIds = partnerIds == null ? Set.of() : Set.copyOf(partnerIds);
    }

    public static EnvironmentNote newNote(EnvironmentFactor factor, String area, String title, String body,
                                          SourceKind sourceKind, String sourceUrl, LocalDate observedOn,
                                          Set<Long> partnerIds) {
        return new EnvironmentNote(null, factor, area, title, body, sourceKind, sourceUrl, observedOn, partnerIds, null,
                null, 0);
    }
}
