package nl.verbinder.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.service.CodeLookup;

/** Reads option values the way people type them, with a clear error naming the option. */
final class Inputs {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private Inputs() {
    }

    /** A date as YYYY-MM-DD or DD-MM-YYYY; {@code null} stays {@code null}. Unreadable: wrong usage (exit 2). */
    static LocalDate date(String field, String text) {
        String clean = Texts.clean(text);
        if (clean == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(clean, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw UsageException.of(field, "error.date", clean);
    }

    /** A quarter such as 2026Q3; unreadable: wrong usage (exit 2). */
    static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (VerbinderException e) {
            throw UsageException.of("quarter", e.messageKey(), e.args().toArray());
        }
    }

    /** A whole number; {@code null} stays {@code null}. */
    static Integer number(String field, String text) {
        String clean = Texts.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            return Integer.valueOf(clean);
        } catch (NumberFormatException e) {
            throw UsageException.of(field, "error.number", clean);
        }
    }

    /**
     * The answers to a list of questions (a relationship check, a network review), each a whole
     * number read on its own field; unanswered ones are left out, and every unreadable one is
     * recorded in {@code errors}, so that a command can report them all at once.
     */
    static <Q> Map<Q, Integer> numbers(Map<Q, String> given, Function<Q, String> field, List<FieldError> errors) {
        Map<Q, Integer> answers = new LinkedHashMap<>();
        given.forEach((question, text) -> {
            Integer answer = collecting(errors, () -> number(field.apply(question), text));
            if (answer != null) {
                answers.put(question, answer);
            }
        });
        return answers;
    }

    /** A category, kind or status by code or label in either language; {@code null} stays {@code null}. */
    static <E extends Enum<E> & Coded> E code(Class<E> type, String field, String text) {
        String clean = Texts.clean(text);
        if (clean == null) {
            return null;
        }
        return CodeLookup.parse(type, clean).orElseThrow(() ->
                UsageException.of(field, "error.code.unknown", clean, new Choices(type)));
    }

    /**
     * Runs a parse and, when it fails, records its errors in the validator and returns
     * {@code null}, so a command can report every wrong option at once.
     */
    static <T> T collecting(List<FieldError> errors, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Like {@link #collecting(List, java.util.function.Supplier)}, into a validator. */
    static <T> T collecting(Validator validator, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            e.errors().forEach(validator::add);
            return null;
        }
    }
}
