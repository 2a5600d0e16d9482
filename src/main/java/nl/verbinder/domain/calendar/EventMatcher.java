package nl.verbinder.domain.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.domain.Texts;

/**
 * Matches agenda events to partners (a pure rule: no database, no clock). An event matches a
 * partner when
 * <ol>
 *   <li>an attendee's or the organiser's e-mail address is one of its contact persons';</li>
 *   <li>or an attendee's e-mail domain is the partner's website or e-mail domain (or a contact
 *       person's), except for the domains of common mail providers, which anyone can have;</li>
 *   <li>or a contact person's or the partner's name appears in the title or location, as whole
 *       words, ignoring case and accents ("José" matches "jose", "Linde" not "Lindeboom").</li>
 * </ol>
 * An event gets one proposal, for the partner with the strongest reason (then the most reasons).
 * The indexes are built once, so matching a thousand events against ten thousand partners takes
 * milliseconds.
 */
public final class EventMatcher {

    /** Mail providers anyone can have an address at: their domain says nothing about a partner. */
    public static final Set<String> COMMON_MAIL_DOMAINS = Set.of("gmail.com", "googlemail.com", "hotmail.com",
            "hotmail.nl", "outlook.com", "outlook.nl", "live.com", "live.nl", "msn.com", "yahoo.com", "yahoo.nl",
            "icloud.com", "me.com", "mac.com", "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "planet.nl", "home.nl",
            "casema.nl", "xs4all.nl", "telfort.nl", "tele2.nl", "chello.nl", "upcmail.nl", "online.nl",
            "hetnet.nl", "quicknet.nl", "caiway.nl", "zeelandnet.nl", "protonmail.com", "proton.me", "gmx.com",
            "gmx.net", "aol.com");

    /** Names shorter than this (after folding) match too much by chance and are left out. */
    private static final int SHORTEST_NAME = 3;

    private final Map<String, List<Target>> byEmail = new HashMap<>();
    private final Map<String, List<Target>> byDomain = new HashMap<>();
    private final Map<String, List<NameTarget>> byFirstWord = new HashMap<>();
    private final Map<Long, String> partnerNames = new HashMap<>();

    /** Who an e-mail address, domain or name leads to: a partner, and maybe one of its contact persons. */
    private record Target(long partnerId, Long personId, String shown) {
    }

    private record NameTarget(String[] words, Target target, MatchRule rule) {
    }

    public EventMatcher(PartnerDirectory directory) {
        for (PartnerDirectory.Entry partner : directory.partners()) {
            partnerNames.put(partner.partnerId(), partner.name());
            Set<String> domains = new LinkedHashSet<>();
            websiteDomain(partner.website()).ifPresent(domains::add);
            emailDomain(partner.email()).ifPresent(domains::add);
            addName(partner.name(), new Target(partner.partnerId(), null, partner.name()), MatchRule.PARTNER_NAME);
            for (PartnerDirectory.Person person : partner.persons()) {
                Target target = new Target(partner.partnerId(), person.personId(), person.name());
                String email = email(person.email());
                if (email != null) {
                    byEmail.computeIfAbsent(email, k -> new ArrayList<>()).add(target);
                }
                emailDomain(person.email()).ifPresent(domains::add);
                addName(person.name(), target, MatchRule.PERSON_NAME);
            }
            for (String domain : domains) {
                if (!COMMON_MAIL_DOMAINS.contains(domain)) {
                    byDomain.computeIfAbsent(domain, k -> new ArrayList<>())
                            .add(new Target(partner.partnerId(), null, domain));
                }
            }
        }
    }

    /** The proposal for this event, if it matches a partner. */
    public Optional<MomentProposal> match(CalendarEvent event) {
        Map<Long, Found> found = new LinkedHashMap<>();
        for (String address : event.emails()) {
            String email = email(address);
            if (email == null) {
                continue;
            }
            for (Target t : byEmail.getOrDefault(email, List.of())) {
                found(found, t).add(new MatchReason(MatchRule.EMAIL, email), t.personId());
            }
            String domain = email.substring(email.indexOf('@') + 1);
            for (String candidate = domain; candidate != null; candidate = parentDomain(candidate)) {
                for (Target t : byDomain.getOrDefault(candidate, List.of())) {
                    found(found, t).add(new MatchReason(MatchRule.DOMAIN, candidate), null);
                }
            }
        }
        matchNames(words(event.title()), found);
        matchNames(words(event.location()), found);
        return found.values().stream()
                .min(Comparator.comparing(Found::strongest).thenComparing(f -> -f.reasons.size())
                        .thenComparing(f -> partnerNames.get(f.partnerId), String.CASE_INSENSITIVE_ORDER))
                .map(f -> new MomentProposal(event, f.partnerId, partnerNames.get(f.partnerId), event.date(),
                        MeetingKind.of(event), f.personIds, event.title(),
                        f.reasons.stream().sorted(Comparator.comparing(MatchReason::rule)).toList()));
    }

    private void matchNames(String[] words, Map<Long, Found> found) {
        for (int i = 0; i < words.length; i++) {
            for (NameTarget name : byFirstWord.getOrDefault(words[i], List.of())) {
                if (startsAt(words, i, name.words)) {
                    found(found, name.target).add(new MatchReason(name.rule, name.target.shown), name.target.personId());
                }
            }
        }
    }

    private static boolean startsAt(String[] words, int at, String[] name) {
        if (at + name.length > words.length) {
            return false;
        }
        for (int j = 1; j < name.length; j++) {
            if (!words[at + j].equals(name[j])) {
                return false;
            }
        }
        return true;
    }

    private static Found found(Map<Long, Found> found, Target target) {
        return found.computeIfAbsent(target.partnerId, Found::new);
    }

    /** What was found for one partner. */
    private static final class Found {
        final long partnerId;
        final Set<MatchReason> reasons = new LinkedHashSet<>();
        final Set<Long> personIds = new LinkedHashSet<>();

        Found(long partnerId) {
            this.partnerId = partnerId;
        }

        void add(MatchReason reason, Long personId) {
            reasons.add(reason);
            if (personId != null) {
                personIds.add(personId);
            }
        }

        MatchRule strongest() {
            return reasons.stream().map(MatchReason::rule).min(Comparator.naturalOrder()).orElseThrow();
        }
    }

    private void addName(String name, Target target, MatchRule rule) {
        String[] words = words(name);
        if (words.length == 0 || String.join("", words).length() < SHORTEST_NAME) {
            return;
        }
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new NameTarget(words, target, rule));
    }

    /**
     * The words of a text, folded as {@link Texts#fold} does (lower case, no accents); anything but
     * a letter or digit separates them. Written out by hand: it runs for every name of every
     * partner and contact person when the indexes are built, and plain ASCII needs no normalising.
     */
    static String[] words(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String folded = ascii(text) ? text : Texts.fold(text);
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String email(String raw) {
        if (raw == null) {
            return null;
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.startsWith("mailto:")) {
            email = email.substring("mailto:".length());
        }
        int at = email.lastIndexOf('@');
        return at <= 0 || at == email.length() - 1 ? null : email;
    }

    private static Optional<String> emailDomain(String raw) {
        String email = email(raw);
        return email == null ? Optional.empty() : Optional.of(email.substring(email.lastIndexOf('@') + 1));
    }

    /** The host of a website, without {@code www.}: {@code https://www.delinde.nl/contact} → {@code delinde.nl}. */
    static Optional<String> websiteDomain(String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        String host = website.strip().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme > 0) {
            host = host.substring(scheme + 3);
        }
        int end = host.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int i = host.indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        host = host.substring(0, end);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host.contains(".") ? Optional.of(host) : Optional.empty();
    }

    /** {@code mail.delinde.nl} → {@code delinde.nl}; {@code null} when only a top-level domain would be left. */
    private static String parentDomain(String domain) {
        int dot = domain.indexOf('.');
        String parent = dot < 0 ? null : domain.substring(dot + 1);
        return parent == null || !parent.contains(".") ? null : parent;
    }
}
