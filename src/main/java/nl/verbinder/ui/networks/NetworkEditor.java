package nl.verbinder.ui.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.networks.GovernanceForm;
import nl.verbinder.domain.networks.NetworkFocus;
import nl.verbinder.domain.networks.NetworkKind;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkScope;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.FormModel;

/** The form of a network: what it is, how it is steered, our part in it and the contract that hangs on it. */
public final class NetworkEditor extends FormModel<PracticeNetwork> {

    private PracticeNetwork original;
    private final LongConsumer onSaved;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<NetworkKind> kind = new SimpleObjectProperty<>(NetworkKind.DEVELOPMENT);
    private final ObjectProperty<GovernanceForm> governance = new SimpleObjectProperty<>(GovernanceForm.SELF_GOVERNED);
    private final ObjectProperty<NetworkFocus> focus = new SimpleObjectProperty<>(NetworkFocus.TASK);
    private final ObjectProperty<NetworkScope> scope = new SimpleObjectProperty<>(NetworkScope.REGIONAL);
    private final StringProperty region = new SimpleStringProperty("");
    private final ObjectProperty<OurRole> ourRole = new SimpleObjectProperty<>(OurRole.PARTICIPANT);
    private final ObjectProperty<NetworkPhase> phase = new SimpleObjectProperty<>(NetworkPhase.RECRUITING);
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty contract = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> contractUntil = new SimpleObjectProperty<>();

    NetworkEditor(UiContext context, PracticeNetwork network, LongConsumer onSaved) {
        super(context, context.services().practiceNetworks()::check);
        this.onSaved = onSaved;
        fill(() -> show(network));
    }

    @Override
    public boolean isNew() {
        return original == null;
    }

    public void save(Runnable done) {
        saveWith(context.services().practiceNetworks()::create, context.services().practiceNetworks()::update,
                stored -> {
                    original = stored;
                    done.run();
                    onSaved.accept(stored.id());
                });
    }

    @Override
    protected PracticeNetwork draft() {
        Integer h;
        try {
            h = hours.get() == null || hours.get().isBlank() ? null : Integer.valueOf(hours.get().strip());
        } catch (NumberFormatException e) {
            h = -1; // the service says what is allowed
        }
        PracticeNetwork base = original;
        return new PracticeNetwork(base == null ? null : base.id(), name.get(), kind.get(), governance.get(),
                focus.get(), scope.get(), region.get(), ourRole.get(), h, contract.get(), contractUntil.get(),
                base == null ? phase.get() : base.phase(), base == null ? null : base.notes(),
                base == null ? List.of() : base.members(), base == null ? Set.of() : base.goalIds(),
                base == null ? null : base.createdAt(), base == null ? null : base.updatedAt(),
                base == null ? 0 : base.version());
    }

    @Override
    protected void reload() {
        if (original != null) {
            long id = original.id();
            context.run(() -> context.services().practiceNetworks().get(id), fresh -> fill(() -> show(fresh)));
        }
    }

    private void show(PracticeNetwork n) {
        original = n;
        name.set(n == null ? "" : n.name());
        kind.set(n == null ? NetworkKind.DEVELOPMENT : n.kind());
        governance.set(n == null ? GovernanceForm.SELF_GOVERNED : n.governance());
        focus.set(n == null ? NetworkFocus.TASK : n.focus());
        scope.set(n == null ? NetworkScope.REGIONAL : n.scope());
        region.set(n == null || n.region() == null ? "" : n.region());
        ourRole.set(n == null ? OurRole.PARTICIPANT : n.ourRole());
        phase.set(n == null ? NetworkPhase.RECRUITING : n.phase());
        hours.set(n == null || n.hoursPerQuarter() == null ? "" : n.hoursPerQuarter().toString());
        contract.set(n == null || n.contract() == null ? "" : n.contract());
        contractUntil.set(n == null ? null : n.contractUntil());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<NetworkKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<GovernanceForm> governanceProperty() {
        return governance;
    }

    public ObjectProperty<NetworkFocus> focusProperty() {
        return focus;
    }

    public ObjectProperty<NetworkScope> scopeProperty() {
        return scope;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public ObjectProperty<OurRole> ourRoleProperty() {
        return ourRole;
    }

    public ObjectProperty<NetworkPhase> phaseProperty() {
        return phase;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty contractProperty() {
        return contract;
    }

    public ObjectProperty<LocalDate> contractUntilProperty() {
        return contractUntil;
    }
}
