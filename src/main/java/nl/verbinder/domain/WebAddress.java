package nl.verbinder.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses for websites, sources and LinkedIn profiles. {@code www.example.nl} is
 * accepted and stored as {@code https://www.example.nl}.
 */
public final class WebAddress {

    private WebAddress() {
    }

    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().contains(" ")) {
            return Optional.empty();
        }
        String text = raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            if (lower.contains("://")) {
                return Optional.empty();
            }
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String host = uri.getHost();
            // A user part ("naam@voorbeeld.nl", "mailto:...") is an e-mail address in the wrong field.
            if (host == null || uri.getRawUserInfo() != null
                    || !host.contains(".") || host.startsWith(".") || host.endsWith(".")) {
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A LinkedIn profile or company page: a web address on linkedin.com. */
    public static Optional<String> normaliseLinkedIn(String raw) {
        return normalise(raw).filter(url -> {
            String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
            return host.equals("linkedin.com") || host.endsWith(".linkedin.com");
        });
    }
}
