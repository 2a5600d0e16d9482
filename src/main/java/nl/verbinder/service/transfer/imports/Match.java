package nl.verbinder.service.transfer.imports;

/**
 * What a row duplicates: a record already in the database ({@code id} and {@code name}), or
 * what an earlier row of the file brings ({@code row}).
 */
public record Match(Long id, String name, Integer row, MatchReason reason) {

    static Match existing(long id, String name, MatchReason reason) {
        return new Match(id, name, null, reason);
    }

    static Match earlierRow(int row, String name, MatchReason reason) {
        return new Match(null, name, row, reason);
    }

    public boolean isExisting() {
        return id != null;
    }
}
