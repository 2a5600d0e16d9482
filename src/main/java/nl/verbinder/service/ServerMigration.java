package nl.verbinder.service;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.ArchiveRepository.Table;
import nl.verbinder.store.ArchiveRepository;
import nl.verbinder.store.Store;

/**
 * Copies one store into another, empty one ({@code migrate-to-server}: a SQLite file onto the
 * practice server): every table row by row in one transaction, then both are read again and
 * each table must have the same number of rows and the same checksum (the sum of its rows'
 * SHA-256). The source is only read.
 */
public final class ServerMigration {

    /** What was copied: per table its row count and checksum, equal on both sides. */
    public record Result(Map<String, Long> rows, Map<String, String> checksums) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private ServerMigration() {
    }

    public static Result copy(Store source, Store target) {
        if (source.schemaVersion() != target.schemaVersion()) {
            throw new VerbinderException("server.migrate.versions", source.schemaVersion(), target.schemaVersion());
        }
        if (!target.transactions().read(() -> target.archive().isEmpty())) {
            throw new VerbinderException("server.migrate.not-empty", target.location().toString());
        }
        Map<String, String> before = source.transactions().read(() -> checksums(source.archive()));
        List<Table> tables = source.transactions().read(() -> source.archive().tables());
        try (ArchiveRepository.Staging staging = target.archive().stage(source.schemaVersion())) {
            for (Table table : tables) {
                List<String> targetColumns = staging.columns(table.name());
                if (!targetColumns.containsAll(table.columns())) {
                    throw new VerbinderException("server.migrate.columns", table.name());
                }
                staging.clear(table.name());
                source.transactions().read(() -> {
                    source.archive().readRows(table, values -> staging.insert(table.name(), table.columns(), values));
                    return null;
                });
            }
            staging.restoreIntoLive();
        }
        Map<String, String> after = target.transactions().read(() -> checksums(target.archive()));
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table table : tables) {
            rows.put(table.name(), table.rowCount());
        }
        if (!after.equals(before)) {
            List<String> differing = new ArrayList<>();
            before.forEach((table, sum) -> {
                if (!sum.equals(after.get(table))) {
                    differing.add(table);
                }
            });
            throw new VerbinderException("server.migrate.differs", String.join(", ", differing));
        }
        return new Result(rows, before);
    }

    /**
     * Per table: its row count and a checksum of its rows, the sum of each row's SHA-256 (values
     * written as text), so that it does not depend on the order the database reads them in.
     */
    static Map<String, String> checksums(ArchiveRepository archive) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (Table table : archive.tables()) {
            MessageDigest digest = sha256();
            long[] count = {0};
            BigInteger[] sum = {BigInteger.ZERO};
            archive.readRows(table, values -> {
                count[0]++;
                for (Object value : values) {
                    String text = value == null ? "\u0000" : value instanceof Number n && !(value instanceof Double)
                            ? Long.toString(n.longValue()) : value.toString();
                    digest.update(text.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1F);
                }
                sum[0] = sum[0].add(new BigInteger(1, digest.digest()));
            });
            sums.put(table.name(), count[0] + ":" + sum[0].toString(16));
        }
        return sums;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
