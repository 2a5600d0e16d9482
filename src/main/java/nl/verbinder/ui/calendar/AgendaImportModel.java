package nl.verbinder.ui.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.calendar.MomentProposal;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.calendar.AgendaProposals;
import nl.verbinder.service.calendar.CalendarAddress;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.moments.MomentForm;

/**
 * *Contactmoment › Uit agenda…*: the contact moments an agenda file proposes, one by one. The
 * user accepts one in the normal moment form (partner, day, kind, title and contact persons
 * filled in; what we offered, asked and what follows typed right there), or skips it. Both are
 * remembered, so the same file proposes neither again.
 */
public final class AgendaImportModel {

    private final UiContext context;
    private final ObservableList<ProposalRow> proposals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper accepted = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper skipped = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper storedAddress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper();
    private final CalendarAddress address;

    public AgendaImportModel(UiContext context) {
        this(context, null);
    }

    /**
     * @param addressFile where this user's private agenda address is kept (the per-user data
     *                    folder, never the database); null when the window offers no fetching
     */
    public AgendaImportModel(UiContext context, Path addressFile) {
        this.context = context;
        this.address = addressFile == null ? null : new CalendarAddress(addressFile);
        refreshAddress();
    }

    /** Whether this window can fetch an agenda by its private address. */
    public boolean canFetch() {
        return address != null;
    }

    /** No file was chosen: the dialog opens empty and says the agenda can be fetched by its address. */
    public void noFile() {
        status.set(context.text("agenda.ui.no-file"));
    }

    /**
     * Fetches the agenda at the private address in the background, only now that the user asks:
     * the address typed (stored for next time, owner-only) or, when nothing is typed, the one
     * stored. The proposals then show as from a file; a failure names the host, never the address.
     */
    public void fetch(String typed) {
        if (address == null || fetching.get()) {
            return;
        }
        String entered = typed == null ? "" : typed.strip();
        if (entered.isEmpty() && storedAddress.get().isEmpty()) {
            status.set(context.text("agenda.ui.address-needed"));
            return;
        }
        fetching.set(true);
        status.set(context.text("agenda.ui.fetching"));
        context.run(() -> {
            if (!entered.isEmpty()) {
                address.save(entered);
            }
            Path fetched = address.fetch();
            try {
                return context.services().agenda().propose(fetched, null, null);
            } finally {
                try {
                    Files.deleteIfExists(fetched);
                } catch (IOException e) {
                    // the user's own agenda in their own data folder
                }
            }
        }, read -> {
            fetching.set(false);
            refreshAddress();
            proposals.setAll(read.proposals().stream().map(this::row).toList());
            status.set(context.text("agenda.ui.fetched", storedAddress.get(), statusOf(read)));
        }, refused -> {
            fetching.set(false);
            refreshAddress();
            status.set(ErrorText.describe(context.messages(), refused));
        });
    }

    /** Forgets the private address: the file is deleted. */
    public void forgetAddress() {
        if (address == null) {
            return;
        }
        try {
            address.remove();
            status.set(context.text("agenda.cli.address-forgotten"));
        } catch (VerbinderException e) {
            status.set(ErrorText.describe(context.messages(), e));
        }
        refreshAddress();
    }

    private void refreshAddress() {
        storedAddress.set(address == null ? "" : address.masked().orElse(""));
    }

    /** The stored address, masked (scheme and host), or empty when none is stored. */
    public ReadOnlyStringProperty storedAddressProperty() {
        return storedAddress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    /** Reads the agenda file in the background; {@code done} runs once the proposals are shown. */
    public void read(Path file, Runnable done) {
        context.run(() -> context.services().agenda().propose(file, null, null), read -> {
            proposals.setAll(read.proposals().stream().map(this::row).toList());
            status.set(statusOf(read));
            done.run();
        });
    }

    /** The moment form for a proposal; saving it logs the moment by the normal rules and remembers the meeting. */
    public MomentForm formFor(ProposalRow row) {
        MomentProposal proposal = row.proposal();
        return MomentForm.forDraft(context, context.services().agenda().draft(proposal, null),
                moment -> context.services().agenda().accept(proposal, moment));
    }

    /** The form of this proposal was saved: the proposal is done. */
    public void accepted(ProposalRow row) {
        proposals.remove(row);
        accepted.set(accepted.get() + 1);
    }

    /** Skips a proposal: remembered, not proposed again. */
    public void skip(ProposalRow row) {
        context.run(() -> {
            context.services().agenda().skip(row.proposal());
            return row;
        }, done -> {
            proposals.remove(done);
            skipped.set(skipped.get() + 1);
        });
    }

    /** When the dialog closes: the areas show the moments logged. */
    public void finish() {
        if (accepted.get() > 0) {
            context.changes().announce(Changes.Topic.MOMENTS, Changes.Topic.PARTNERS);
            context.notifier().notify(context.count("agenda.ui.done", accepted.get(), skipped.get()));
        }
    }

    public ObservableList<ProposalRow> proposals() {
        return proposals;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    private ProposalRow row(MomentProposal p) {
        String why = p.reasons().stream().map(r -> context.text(r.rule().labelKey(), r.matched()))
                .collect(Collectors.joining("; "));
        return new ProposalRow(p, context.date(p.date()) + " · " + p.partnerName() + " · " + context.label(p.kind()),
                p.summary(), context.text("agenda.ui.why", why));
    }

    private String statusOf(AgendaProposals read) {
        if (read.nothingNew()) {
            return context.text("agenda.cli.nothing-new", read.remembered());
        }
        if (read.proposals().isEmpty()) {
            return context.text("agenda.ui.none");
        }
        return context.text("agenda.cli.summary", read.proposals().size(), read.remembered(), read.unmatched(),
                read.file().privates(), read.file().cancelled(), read.file().allDay());
    }
}
