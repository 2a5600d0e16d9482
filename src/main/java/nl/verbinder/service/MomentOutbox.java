package nl.verbinder.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.ServerUnreachableException;

/**
 * The contact moments a workstation logged while the practice server could not be reached
 * (a therapist's laptop away from the practice). Each waits as one small file in the user's
 * data folder, written whole or not at all (a temporary file, flushed to the disk, then moved into
 * place, the folder flushed too), so a crash or a kill loses none; it carries an id made here
 * (a UUID), which the server takes once ({@link ContactMomentService#logOnce}), so a moment sent
 * twice (the answer to a commit got lost) is still logged once. They are sent in the order they
 * were logged, as soon as the server answers again.
 *
 * <p>One outbox per server address: a moment waits for the server it was meant for. A moment the
 * server refuses (its partner was deleted meanwhile) cannot be sent ever; it moves to the
 * outbox's {@code refused} folder, so it is not lost either, and is counted apart.
 *
 * <p>On a SQLite file there is no outbox ({@link #NONE}): the file is always there.
 */
public class MomentOutbox {

    /** No outbox: a local file, where logging never waits. */
    public static final MomentOutbox NONE = new MomentOutbox();

    private static final System.Logger LOG = System.getLogger("nl.verbinder.service.outbox");
    /** Made on first use, not when the class loads: Jackson's start costs the window's first frame. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final Clock clock;
    private long lastSequence;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private MomentOutbox() {
        this.folder = null;
        this.clock = Clock.systemUTC();
    }

    private MomentOutbox(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * The outbox of one server in {@code outboxes} (the data folder's {@code outbox}): a folder
     * per server address, named by a hash of it (the address names a user, never a password).
     */
    public static MomentOutbox of(Path outboxes, String serverAddress, Clock clock) {
        return new MomentOutbox(outboxes.resolve(folderName(serverAddress)), clock);
    }

    /** What the outbox file of one moment holds. */
    record Entry(String clientId, long partnerId, String date, String kind, String summary, String offered,
                 String asked, String followUp, String followUpDue, String followUpDone, Long loggedBy, List<Long> therapistIds,
                 List<Long> contactPersonIds, List<Long> goalIds) {

        static Entry of(String clientId, ContactMoment m) {
            return new Entry(clientId, m.partnerId(), text(m.date()), m.kind() == null ? null : m.kind().code(),
                    m.summary(), m.offered(), m.asked(), m.followUp(), text(m.followUpDue()), text(m.followUpDone()), m.loggedBy(),
                    List.copyOf(m.therapistIds()), List.copyOf(m.contactPersonIds()), List.copyOf(m.goalIds()));
        }

        ContactMoment moment() {
            return ContactMoment.builder().partnerId(partnerId).date(date(date))
                    .kind(kind == null ? null : Coded.fromCode(ContactKind.class, kind)).summary(summary)
                    .offered(offered).asked(asked).followUp(followUp).followUpDue(date(followUpDue))
                    .followUpDone(date(followUpDone)).loggedBy(loggedBy)
                    .therapistIds(Set.copyOf(therapistIds == null ? List.of() : therapistIds))
                    .contactPersonIds(Set.copyOf(contactPersonIds == null ? List.of() : contactPersonIds))
                    .goalIds(Set.copyOf(goalIds == null ? List.of() : goalIds)).build();
        }

        private static String text(LocalDate d) {
            return d == null ? null : d.toString();
        }

        private static LocalDate date(String d) {
            return d == null ? null : LocalDate.parse(d);
        }
    }

    /** The result of {@link #log}: the moment as the server stored it, or {@code null} when it waits. */
    public record Logged(ContactMoment stored, int waiting) {

        public boolean isWaiting() {
            return stored == null;
        }
    }

    /**
     * Calls {@code listener} (on the thread that did it) after a moment was put in the outbox or
     * sent from it, so the window can say how many wait.
     */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** Whether this is a real outbox (a practice server), not {@link #NONE}. */
    public boolean exists() {
        return folder != null;
    }

    /**
     * Logs a moment: first what waits (so the order holds), then this one; when the server cannot
     * be reached it waits in the outbox instead, and the result says how many wait. A refusal of
     * the moment itself (a missing summary) is thrown as always.
     */
    public synchronized Logged log(ContactMoment draft, ContactMomentService moments) {
        if (!exists()) {
            return new Logged(moments.log(draft), 0);
        }
        String clientId = UUID.randomUUID().toString();
        if (send(moments) == 0) {
            try {
                return new Logged(moments.logOnce(draft, clientId), 0);
            } catch (ServerUnreachableException e) {
                // Kept below.
            }
        }
        keep(clientId, draft);
        changed();
        return new Logged(null, waiting());
    }

    /** Puts a moment in the outbox, durably, under the client id made for it. */
    synchronized void keep(String clientId, ContactMoment draft) {
        try {
            createFolder(folder);
            long sequence = Math.max(clock.millis() * 1000, Math.max(lastSequence, highestSequence()) + 1);
            lastSequence = sequence;
            String name = String.format("%020d-%s%s", sequence, clientId, SUFFIX);
            byte[] content = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(Entry.of(clientId, draft));
            Path temporary = folder.resolve(name + ".part");
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(name));
            }
            forceFolder(folder);
        } catch (IOException e) {
            throw new VerbinderException("outbox.unwritable", e, folder.toString());
        }
    }

    /** How many moments wait to be sent. */
    public synchronized int waiting() {
        return waitingFiles(folder).size();
    }

    /** How many moments the server refused for good (kept in the outbox's {@code refused} folder). */
    public synchronized int refused() {
        return folder == null ? 0 : waitingFiles(folder.resolve("refused")).size();
    }

    /**
     * Sends what waits, in order, each once; stops at the first moment the server cannot take
     * now (unreachable) and leaves it and the rest waiting. Returns how many still wait.
     */
    public synchronized int send(ContactMomentService moments) {
        if (!exists()) {
            return 0;
        }
        List<Path> files = waitingFiles(folder);
        if (files.isEmpty()) {
            return 0;
        }
        try {
            return sendAll(files, moments);
        } finally {
            changed();
        }
    }

    private int sendAll(List<Path> files, ContactMomentService moments) {
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Entry entry;
            try {
                entry = Json.MAPPER.readValue(file.toFile(), Entry.class);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "An outbox file cannot be read; it is set aside: " + file, e);
                setAside(file);
                continue;
            }
            try {
                moments.logOnce(entry.moment(), entry.clientId());
            } catch (ServerUnreachableException e) {
                return files.size() - i;
            } catch (VerbinderException e) {
                if (e.getCause() != null && !(e instanceof nl.verbinder.domain.ValidationException)) {
                    // A storage failure, not a verdict on the moment: try again later.
                    LOG.log(System.Logger.Level.WARNING, "A waiting contact moment could not be sent yet", e);
                    return files.size() - i;
                }
                LOG.log(System.Logger.Level.WARNING, "The server refused a waiting contact moment ("
                        + e.messageKey() + "); it is kept in the outbox's refused folder: " + file.getFileName());
                setAside(file);
                continue;
            }
            try {
                Files.delete(file);
                forceFolder(folder);
            } catch (IOException e) {
                // Sent; a copy left behind is sent again and found by its id, so it is harmless.
                LOG.log(System.Logger.Level.WARNING, "A sent outbox file could not be removed: " + file, e);
            }
        }
        return 0;
    }

    private void setAside(Path file) {
        try {
            Path refused = folder.resolve("refused");
            createFolder(refused);
            Files.move(file, refused.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long highestSequence() throws IOException {
        long highest = 0;
        for (Path file : waitingFiles(folder)) {
            String name = file.getFileName().toString();
            highest = Math.max(highest, Long.parseLong(name.substring(0, name.indexOf('-'))));
        }
        return highest;
    }

    /** The waiting files in the order they were logged (their names start with a rising number). */
    private static List<Path> waitingFiles(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(dir)) {
            return new ArrayList<>(all.filter(p -> p.getFileName().toString().matches("\\d{20}-[0-9a-f-]{36}\\.json"))
                    .sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        Files.createDirectories(dir, ownerOnly);
    }

    /** Makes a new or removed name in the folder last through a power cut (where the system can). */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; its move is durable by itself (MOVEFILE_WRITE_THROUGH aside).
        }
    }

    private static String folderName(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
