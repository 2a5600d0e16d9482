package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.testutil.MutableClock;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo of the last saved field edit (Ctrl+Z): from the history, one step, never over someone's later change. */
class UndoLastEditTest {

    @TempDir
    Path folder;

    private static final java.time.Instant OPENED = java.time.Instant.parse("2026-11-23T00:00:00Z");

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 23));
    private TestDatabase db;
    private Services s;
    private long anna;
    private long bram;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder, clock);
        s = db.services();
        anna = s.therapists().add(aTherapist().named("Anna de Vries").build()).id();
        bram = s.therapists().add(aTherapist().named("Bram Jansen").build()).id();
        s.history().actAs(anna);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String key(Throwable e) {
        return ((VerbinderException) e).messageKey();
    }

    @Test
    void theLastSavedEditGetsItsFieldsBackAndTheHistoryRecordsTheUndo() {
        Partner linde = s.partners().create(aPartner().named("De Linde").inCategory(Category.GP)
                .withStatus(PartnerStatus.PROSPECT).withRhythm(60).ownedBy(bram).build());
        s.partners().update(s.partners().get(linde.id()).toBuilder().name("Huisartsen De Linde")
                .status(PartnerStatus.ACTIVE).rhythmDays(null).ownerId(anna).build());

        var undone = s.history().undoLastEdit(OPENED, 0);

        Partner back = s.partners().get(linde.id());
        assertThat(undone.change().recordId()).isEqualTo(linde.id());
        assertThat(back.name()).isEqualTo("De Linde");
        assertThat(back.status()).isEqualTo(PartnerStatus.PROSPECT);
        assertThat(back.rhythmDays()).isEqualTo(60);
        assertThat(back.ownerId()).isEqualTo(bram);
        assertThat(s.history().forRecord(RecordKind.PARTNER, linde.id()).getFirst().fields())
                .anySatisfy(f -> assertThat(f.newValue()).isEqualTo("De Linde"));
        assertThatThrownBy(() -> s.history().undoLastEdit(OPENED, undone.undoChangeId())).as("one step, no redo")
                .satisfies(e -> assertThat(key(e)).isEqualTo("history.undo.nothing"));
    }

    @Test
    void anEditSavedBeforeTheWindowOpenedIsNotUndone() {
        Partner linde = s.partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.PROSPECT).build());
        s.partners().update(s.partners().get(linde.id()).toBuilder().status(PartnerStatus.ACTIVE).build());

        assertThatThrownBy(() -> s.history().undoLastEdit(OPENED.plusSeconds(86_400), 0))
                .satisfies(e -> assertThat(key(e)).isEqualTo("history.undo.nothing"));
    }

    @Test
    void aRecordChangedSinceBySomeoneElseIsNotUndone() {
        Partner linde = s.partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.PROSPECT).build());
        s.partners().update(s.partners().get(linde.id()).toBuilder().status(PartnerStatus.ACTIVE).build());
        s.history().actAs(bram);
        s.partners().update(s.partners().get(linde.id()).toBuilder().name("De Linde (Oost)").build());
        s.history().actAs(anna);

        assertThatThrownBy(() -> s.history().undoLastEdit(OPENED, 0))
                .satisfies(e -> assertThat(key(e)).isEqualTo("history.undo.changed-since"));
        assertThat(s.partners().get(linde.id()).status()).isEqualTo(PartnerStatus.ACTIVE);
    }

    @Test
    void nothingSavedOrOnlyAMoveToTheTrashIsNothingToUndo() {
        assertThatThrownBy(() -> s.history().undoLastEdit(OPENED, 0))
                .satisfies(e -> assertThat(key(e)).isEqualTo("history.undo.nothing"));
        Partner linde = s.partners().create(aPartner().named("De Linde").build());
        s.partners().moveToTrash(linde.id());
        assertThat(s.history().forRecord(RecordKind.PARTNER, linde.id())).hasSize(2);
        assertThatThrownBy(() -> s.history().undoLastEdit(OPENED, 0))
                .satisfies(e -> assertThat(key(e)).isEqualTo("history.undo.nothing"));
    }
}
