package nl.verbinder.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.Texts;
import nl.verbinder.i18n.Messages;

/**
 * Reads a category, kind or status as a person types it: the stable code, or the label in
 * Dutch or English (or one of its aliases), in any case, with or without accents, spaces or
 * hyphens. {@code "Diëtist"}, {@code "dietist"}, {@code "dietitian"} and {@code "DIETITIAN"}
 * all mean {@code dietitian}.
 */
public final class CodeLookup {

    private static final List<Messages> LANGUAGES = List.of(Messages.dutch(), Messages.english());

    private CodeLookup() {
    }

    public static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String input) {
        String wanted = key(input);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(index(type).get(wanted));
    }

    /** Every spelling that {@link #parse} accepts for a value, for help texts. */
    public static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        List<String> codes = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            codes.add(value.code());
        }
        return codes;
    }

    private static <E extends Enum<E> & Coded> Map<String, E> index(Class<E> type) {
        Map<String, E> index = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            index.putIfAbsent(key(value.code()), value);
            index.putIfAbsent(key(value.name()), value);
        }
        for (Messages messages : LANGUAGES) {
            for (E value : type.getEnumConstants()) {
                index.putIfAbsent(key(messages.get(value.labelKey())), value);
                String aliases = value.labelKey() + ".aliases";
                if (messages.has(aliases)) {
                    for (String alias : messages.get(aliases).split(",")) {
                        index.putIfAbsent(key(alias), value);
                    }
                }
            }
        }
        return index;
    }

    private static String key(String text) {
        return Texts.fold(text).replaceAll("[\\s_\\-./]", "");
    }
}
