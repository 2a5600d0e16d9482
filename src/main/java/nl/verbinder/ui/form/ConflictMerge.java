package nl.verbinder.ui.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.service.ErrorText;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.FieldMerge;

/**
 * The answer to an edit conflict, the same for every form: reads the version someone else
 * saved, shows it and the user's own field by field (only the fields that differ), and lets the
 * user keep per field their own value or take the stored one, then saves the result on top of
 * the latest version (a new write, which can meet a conflict again and come back here); or
 * reload; or keep editing. Never a silent overwrite: what is saved is what the user chose.
 * A field only they changed is preset to theirs, one the user changed to the user's.
 */
public final class ConflictMerge {

    private ConflictMerge() {
    }

    /**
     * @param fields     the form's fields
     * @param base       the stored record the edit started from ({@code null}: unknown, every field preset to mine)
     * @param latest     reads the record as stored now (in the background)
     * @param showStored puts a stored record in the form, as the version the next save is based on, without marking it dirty
     * @param saveAgain  marks the form dirty and saves it (after the merged values were put in)
     */
    public static <D> void offer(UiContext context, ConflictException conflict, List<MergeField<D>> fields, D base,
                                 Supplier<D> latest, Consumer<D> showStored, Runnable saveAgain) {
        Map<MergeField<D>, Object> mine = new LinkedHashMap<>();
        fields.forEach(field -> mine.put(field, field.current()));
        context.run(latest::get, theirs -> {
            List<FieldMerge.Row> rows = new ArrayList<>();
            for (MergeField<D> field : fields) {
                Object own = mine.get(field);
                Object stored = field.in(theirs);
                if (!same(own, stored)) {
                    boolean onlyTheyChanged = base != null && same(own, field.in(base));
                    rows.add(new FieldMerge.Row(field.name(), context.text(field.labelKey()), shown(context, field, own),
                            shown(context, field, stored), onlyTheyChanged));
                }
            }
            FieldMerge merge = new FieldMerge(ErrorText.describe(context.messages(), conflict), rows);
            // Nothing differs in what the form shows: the user's values are the stored ones; save on the latest version.
            FieldMerge.Answer answer = rows.isEmpty() ? FieldMerge.Answer.SAVE_MERGED : context.dialogs().merge(merge);
            switch (answer) {
                case SAVE_MERGED -> {
                    showStored.accept(theirs);
                    for (FieldMerge.Row row : rows) {
                        if (!row.takeTheirs().get()) {
                            MergeField<D> field = fields.stream().filter(f -> f.name().equals(row.name()))
                                    .findFirst().orElseThrow();
                            field.put(mine.get(field));
                        }
                    }
                    saveAgain.run();
                }
                case RELOAD -> showStored.accept(theirs);
                case KEEP_EDITING -> { }
            }
        });
    }

    private static boolean same(Object a, Object b) {
        return Objects.equals(blankAsNull(a), blankAsNull(b));
    }

    private static Object blankAsNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static <D> String shown(UiContext context, MergeField<D> field, Object value) {
        String own = field.shown(value);
        if (own != null) {
            return own;
        }
        if (value == null) {
            return "";
        }
        if (value instanceof Coded coded) {
            return context.label(coded);
        }
        if (value instanceof LocalDate date) {
            return context.date(date);
        }
        if (value instanceof Boolean yes) {
            return context.text(yes ? "ui.merge.yes" : "ui.merge.no");
        }
        return value.toString();
    }
}
