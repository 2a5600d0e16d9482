package nl.verbinder.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * One window per database file. The first start on a file holds a lock on
 * {@code <data folder>/instances/<hash of the file's path>.lock} and listens on a loopback
 * port, which it writes with a random token to {@code <hash>.port} (readable by this user
 * only). A second start on the same file finds the lock taken, sends the token to that port
 * and the first window comes to the front; when the first does not answer (it hangs, or
 * another user has the file open), the second says the file is open elsewhere.
 *
 * <p>The operating system drops the lock when a process ends, also after a crash, so a stale
 * port file never blocks a start. The lock follows the file the window started on.
 */
final class SingleInstance implements AutoCloseable {

    /** What the start should do. */
    enum Outcome {
        /** This start has the file: open the window. */
        FIRST,
        /** Another window has the file and came to the front: this start ends. */
        SHOWN_ELSEWHERE,
        /** Another program has the file and did not answer: this start ends with a message. */
        OPEN_ELSEWHERE
    }

    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(3);
    private static final String SHOW = "show ";
    private static final String SHOWN = "shown";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Outcome outcome;
    private final Path portFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private volatile Runnable onShowRequest = () -> { };

    private SingleInstance(Outcome outcome, Path portFile, FileChannel channel, FileLock lock, ServerSocket server) {
        this.outcome = outcome;
        this.portFile = portFile;
        this.channel = channel;
        this.lock = lock;
        this.server = server;
    }

    /**
     * Claims the database file for this start, or asks the start that has it to come to the front.
     *
     * @param dataFolder the per-user data folder, where the locks live
     * @param timeout    how long to wait for the other start's answer
     */
    static SingleInstance claim(Path dataFolder, Path database, Duration timeout) {
        try {
            Path folder = dataFolder.resolve("instances");
            createOwnerOnlyFolder(folder);
            String key = key(database);
            Path portFile = folder.resolve(key + ".port");
            FileChannel channel = FileChannel.open(folder.resolve(key + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock != null) {
                ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
                String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
                writeOwnerOnly(portFile, server.getLocalPort() + " " + token + "\n");
                SingleInstance first = new SingleInstance(Outcome.FIRST, portFile, channel, lock, server);
                first.listen(token);
                return first;
            }
            channel.close();
            Outcome outcome = askToShow(portFile, timeout) ? Outcome.SHOWN_ELSEWHERE : Outcome.OPEN_ELSEWHERE;
            return new SingleInstance(outcome, null, null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Outcome outcome() {
        return outcome;
    }

    /** What to do when a second start asks (called on a background thread). */
    void onShowRequest(Runnable action) {
        this.onShowRequest = action;
    }

    @Override
    public void close() {
        if (outcome != Outcome.FIRST) {
            return;
        }
        try {
            server.close();
            Files.deleteIfExists(portFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Ending anyway; the lock goes with the process.
        }
    }

    private void listen(String token) {
        Thread listener = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                    client.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
                    String request = new BufferedReader(new InputStreamReader(client.getInputStream(),
                            StandardCharsets.UTF_8)).readLine();
                    boolean ours = (SHOW + token).equals(request);
                    if (ours) {
                        onShowRequest.run();
                    }
                    OutputStream out = client.getOutputStream();
                    out.write(((ours ? SHOWN : "no") + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException | RuntimeException e) {
                    // A closed server ends the loop; a bad client is ignored.
                }
            }
        }, "verbinder-single-instance");
        listener.setDaemon(true);
        listener.start();
    }

    /** True when the start that holds the file answered that it came to the front. */
    private static boolean askToShow(Path portFile, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                List<String> parts = List.of(Files.readString(portFile).strip().split(" "));
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                            Integer.parseInt(parts.get(0))), (int) timeout.toMillis());
                    socket.setSoTimeout((int) timeout.toMillis());
                    socket.getOutputStream().write((SHOW + parts.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
                    socket.getOutputStream().flush();
                    String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.UTF_8)).readLine();
                    return SHOWN.equals(answer);
                }
            } catch (NoSuchFileException e) {
                // The first start took the lock a moment ago and writes its port next: wait for it.
                if (System.nanoTime() > deadline || !pause()) {
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Null when another process, or another claim in this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The same file reached by another path (a symbolic link, "..") gives the same key. */
    static String key(Path database) throws IOException {
        Path real = Files.exists(database) ? database.toRealPath() : database.toAbsolutePath().normalize();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createOwnerOnlyFolder(Path folder) throws IOException {
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Written to a temp file readable by this user only, then moved in place in one step. */
    private static void writeOwnerOnly(Path file, String text) throws IOException {
        FileAttribute<?>[] ownerOnly = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(file.getParent(), "port", ".tmp", ownerOnly);
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
