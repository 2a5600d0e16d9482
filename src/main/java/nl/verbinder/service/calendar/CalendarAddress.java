package nl.verbinder.service.calendar;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;

/**
 * A private agenda address (an ICS link from Outlook or Google) and fetching it, only when the
 * user asks. The address is a secret (whoever has it reads the agenda): it lives in its own file
 * in the user's data folder, readable by the user only, never in the database (so never in a
 * backup or an export); it is shown masked and never written to a log or a message.
 */
public final class CalendarAddress {

    /** The file's name in the per-user data folder. */
    public static final String FILE_NAME = "agenda-address";
    /** The most an agenda may weigh: a busy agenda of years is a few megabytes. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path file;

    public CalendarAddress(Path file) {
        this.file = file;
    }

    /** Stores the address (webcal:// becomes https://), replacing the one there was. */
    public void save(String address) {
        URI uri = parse(address);
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder, ownerOnly(folder, "rwx------"));
            Path temporary = Files.createTempFile(folder, ".agenda-address", ".tmp", ownerOnly(folder, "rw-------"));
            try {
                Files.writeString(temporary, uri.toString() + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new VerbinderException("agenda.address.unwritable");
        }
    }

    /** Forgets the address; false when there was none. */
    public boolean remove() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new VerbinderException("agenda.address.unwritable");
        }
    }

    /** The stored address as it may be shown: scheme and host, the rest hidden ("https://outlook.office365.com/…"). */
    public Optional<String> masked() {
        return stored().map(CalendarAddress::mask);
    }

    static String mask(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
    }

    /**
     * Fetches the agenda at the stored address into an owner-only file next to the address's
     * file (the user's data folder) and returns it; the caller reads and deletes it. A failure
     * says what went wrong and the host, never the address.
     */
    public Path fetch() {
        Path folder = file.toAbsolutePath().getParent();
        URI uri = stored().orElseThrow(() -> new VerbinderException("agenda.address.none"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/calendar")
                .GET().build();
        Path target = null;
        try {
            target = Files.createTempFile(folder, "agenda-", ".ics", ownerOnly(folder, "rw-------"));
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new VerbinderException("agenda.address.status", response.statusCode());
                }
                long copied = Files.copy(new LimitedStream(body, MAX_BYTES), target,
                        StandardCopyOption.REPLACE_EXISTING);
                if (copied == 0) {
                    throw new VerbinderException("agenda.address.empty");
                }
            }
            return target;
        } catch (IOException e) {
            deleteQuietly(target);
            throw new VerbinderException(e instanceof TooLarge ? "agenda.address.too-large"
                    : "agenda.address.unreachable", uri.getHost());
        } catch (InterruptedException e) {
            deleteQuietly(target);
            Thread.currentThread().interrupt();
            throw new VerbinderException("agenda.address.unreachable", uri.getHost());
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    private Optional<URI> stored() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(new URI(text));
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The address as a URI: http or https (webcal is https), with a host; refused otherwise, without repeating it. */
    static URI parse(String address) {
        String text = address == null ? "" : address.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith("webcal://")) {
            text = "https://" + text.substring("webcal://".length());
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new ValidationException(FieldError.of("address", "agenda.address.invalid"));
    }

    private static FileAttribute<?>[] ownerOnly(Path folder, String permissions) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file in the user's own folder; nothing secret in it but their agenda
            }
        }
    }

    private static final class TooLarge extends IOException {
    }

    /** Stops reading after {@code max} bytes. */
    private static final class LimitedStream extends FilterInputStream {
        private long left;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new TooLarge();
                }
            }
            return n;
        }
    }
}
