package nl.verbinder.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The user's language: looks texts up in the resource bundles and formats them. Dutch is the
 * default; English on request. Each area of the app keeps its texts in a bundle of its own
 * (see {@link #BUNDLES}); a key is looked up in each in turn.
 */
public final class Messages {

    /** Bundle base names, one per area; add one here when an area gets its own bundle. */
    public static final List<String> BUNDLES = List.of(
            "nl.verbinder.i18n.core",
            "nl.verbinder.i18n.cli",
            "nl.verbinder.i18n.ui",
            "nl.verbinder.i18n.attention",
            "nl.verbinder.i18n.transfer",
            "nl.verbinder.i18n.insights",
            "nl.verbinder.i18n.areas",
            "nl.verbinder.i18n.history",
            "nl.verbinder.i18n.networks",
            "nl.verbinder.i18n.agenda");

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    private final DateTimeFormatter dateFormat;

    private Messages(Locale locale) {
        this.locale = locale;
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                loaded.add(ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK));
            } catch (MissingResourceException e) {
                // An area without texts yet.
            }
        }
        this.bundles = List.copyOf(loaded);
        this.dateFormat = DateTimeFormatter.ofPattern(isDutch() ? "dd-MM-yyyy" : "dd/MM/yyyy", locale);
    }

    /** Messages in the language with this code ({@code nl} or {@code en}); anything else is Dutch. */
    public static Messages forLanguage(String language) {
        return "en".equalsIgnoreCase(language) ? new Messages(ENGLISH) : new Messages(DUTCH);
    }

    public static Messages dutch() {
        return new Messages(DUTCH);
    }

    public static Messages english() {
        return new Messages(ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public boolean isDutch() {
        return "nl".equals(locale.getLanguage());
    }

    /** True when some bundle has this key. */
    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /**
     * The text for the key, with {@code {0}}-style arguments filled in. Apostrophes in texts
     * are plain; write {@code {0,number,#}} for numbers that must not get a thousands separator. A missing key shows as
     * {@code !key!} so it is noticed, and a test keeps it from shipping.
     */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                if (args.length == 0) {
                    return pattern;
                }
                // Texts are written with plain apostrophes ("foto's", "'t Hart"); MessageFormat
                // would read them as quotes, so they are doubled before formatting.
                return new MessageFormat(pattern.replace("'", "''"), locale).format(localizeArgs(args));
            }
        }
        return "!" + key + "!";
    }

    /**
     * A text about a number of things, said right for one and for more: the key's
     * {@code .one} text for 1, its {@code .zero} text for 0 when the bundle has one, its
     * {@code .other} text otherwise ("1 rij", "3 rijen"; "1 row", "3 rows"). The count is
     * argument {@code {0}}; {@code more} follow as {@code {1}}, {@code {2}}, ... Every count
     * in a sentence goes through here, so no text says "1 rijen".
     */
    public String count(String key, long count, Object... more) {
        String form = count == 1 ? key + ".one" : count == 0 && has(key + ".zero") ? key + ".zero" : key + ".other";
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(form, args);
    }

    /**
     * All bundles of this language as one ResourceBundle, for libraries that take one (the
     * command line's help): each area keeps its own texts, commands included.
     */
    public ResourceBundle asResourceBundle() {
        return new ResourceBundle() {
            // The keys, gathered once: picocli asks for them for every command at every start.
            private Set<String> keys;

            @Override
            protected Object handleGetObject(String key) {
                for (ResourceBundle bundle : bundles) {
                    if (bundle.containsKey(key)) {
                        return bundle.getObject(key);
                    }
                }
                return null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(handleKeySet());
            }

            @Override
            protected synchronized Set<String> handleKeySet() {
                if (keys == null) {
                    Set<String> all = new LinkedHashSet<>();
                    bundles.forEach(b -> all.addAll(b.keySet()));
                    keys = Collections.unmodifiableSet(all);
                }
                return keys;
            }
        };
    }

    /** Formats a date the way the user reads it: dd-MM-yyyy in Dutch. */
    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    private Object[] localizeArgs(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof LocalDate d ? date(d) : args[i];
        }
        return out;
    }
}
