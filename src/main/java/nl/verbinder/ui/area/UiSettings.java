package nl.verbinder.ui.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.verbinder.ui.fx.Theme;

/**
 * The window's own preferences (language, theme, window size and position, last database,
 * who logs moments on this computer) in a small properties file next to the default
 * database. They are about this computer, not the practice, so they stay out of the
 * practice database. A missing or unreadable file means defaults.
 */
public final class UiSettings {

    public static final String FILE_NAME = "verbinder-settings.properties";

    private final Path file;
    private final Properties values = new Properties();

    private UiSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings file, if there is one. */
    public static UiSettings load(Path file) {
        UiSettings settings = new UiSettings(file);
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // Unreadable preferences are not worth a refusal: start with defaults.
            }
        }
        return settings;
    }

    /** Settings that are never written, for screenshots. */
    public static UiSettings inMemory() {
        return new UiSettings(null);
    }

    /** Writes the settings (atomically, so a crash never leaves half a file). */
    public synchronized void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "Verbinder window settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }

    public Optional<String> language() {
        return text("language");
    }

    public synchronized void language(String language) {
        values.setProperty("language", language);
    }

    public Theme theme() {
        return Theme.byCode(text("theme").orElse("light"));
    }

    public synchronized void theme(Theme theme) {
        values.setProperty("theme", theme.code());
    }

    public Optional<Path> lastDatabase() {
        return text("database").map(Path::of);
    }

    public synchronized void lastDatabase(Path database) {
        values.setProperty("database", database.toAbsolutePath().toString());
    }

    /** The window's last bounds, if remembered. */
    public Optional<WindowBounds> window() {
        try {
            return Optional.of(new WindowBounds(number("window.x"), number("window.y"), number("window.width"),
                    number("window.height"), Boolean.parseBoolean(values.getProperty("window.maximized"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public synchronized void window(WindowBounds bounds) {
        values.setProperty("window.x", String.valueOf(bounds.x()));
        values.setProperty("window.y", String.valueOf(bounds.y()));
        values.setProperty("window.width", String.valueOf(bounds.width()));
        values.setProperty("window.height", String.valueOf(bounds.height()));
        values.setProperty("window.maximized", String.valueOf(bounds.maximized()));
    }

    /** Whether the first-start question (demo or empty) was answered on this computer. */
    public boolean welcomed() {
        return Boolean.parseBoolean(values.getProperty("welcomed"));
    }

    public synchronized void welcomed(boolean value) {
        values.setProperty("welcomed", String.valueOf(value));
    }

    /** The therapist who logs moments on this computer, as last chosen. */
    public Optional<Long> loggedBy() {
        return id("logged-by");
    }

    private Optional<Long> id(String key) {
        return text(key).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public synchronized void loggedBy(Long therapistId) {
        if (therapistId == null) {
            values.remove("logged-by");
        } else {
            values.setProperty("logged-by", String.valueOf(therapistId));
        }
    }

    /**
     * The therapist who uses this computer ("Ik ben:"), for "Mijn relaties" in Aandacht; until
     * chosen, the therapist who last logged a moment here.
     */
    public Optional<Long> me() {
        Optional<Long> chosen = id("me");
        return chosen.isPresent() ? chosen : loggedBy();
    }

    /** Who chose "Ik ben:" on this computer, without the fallback: the history's "who" ({@link #me()} guesses). */
    public Optional<Long> chosenMe() {
        return id("me");
    }

    public synchronized void me(Long therapistId) {
        if (therapistId == null) {
            values.remove("me");
        } else {
            values.setProperty("me", String.valueOf(therapistId));
        }
    }

    /** Whether "who are you?" has been asked on this computer (it is asked once). */
    public boolean meAsked() {
        return Boolean.parseBoolean(values.getProperty("me.asked"));
    }

    public synchronized void meAsked(boolean value) {
        values.setProperty("me.asked", String.valueOf(value));
    }

    /**
     * Whether the reminder of "Mijn week" also shows as a desktop notification (opt-in: off
     * until the user turns it on).
     */
    public boolean desktopReminder() {
        return Boolean.parseBoolean(values.getProperty("week.desktop-reminder"));
    }

    public synchronized void desktopReminder(boolean value) {
        values.setProperty("week.desktop-reminder", String.valueOf(value));
    }

    /** The groups of the Aandacht list the user folded away (their codes), remembered between sessions. */
    public synchronized Set<String> collapsedGroups() {
        String value = values.getProperty("attention.collapsed", "");
        Set<String> codes = new TreeSet<>();
        for (String code : value.split(",")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    public synchronized void collapsedGroups(Set<String> codes) {
        values.setProperty("attention.collapsed", String.join(",", new TreeSet<>(codes)));
    }

    /**
     * The records last opened in this database (codes such as {@code "partner:12"}, the newest
     * first); empty when the last ones were opened in another database.
     */
    public synchronized List<String> recent(Path database) {
        if (!String.valueOf(database).equals(values.getProperty("recent.database"))) {
            return new ArrayList<>();
        }
        List<String> codes = new ArrayList<>();
        for (String code : values.getProperty("recent", "").split(",")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    public synchronized void recent(Path database, List<String> codes) {
        values.setProperty("recent.database", String.valueOf(database));
        values.setProperty("recent", String.join(",", codes));
    }

    private synchronized Optional<String> text(String key) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private double number(String key) {
        return Double.parseDouble(values.getProperty(key));
    }

    /** Where the window was and how large. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
