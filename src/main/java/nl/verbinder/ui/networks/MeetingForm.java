package nl.verbinder.ui.networks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.networks.NetworkMember;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.CheckOption;
import nl.verbinder.ui.form.FormModel;
import nl.verbinder.ui.moments.MomentContent;

/**
 * A network meeting ("Netwerkoverleg vastleggen"): one moment's date, kind, summary and give
 * and take, and the members that were there (all ticked to start with). Saved as a contact
 * moment with each of them, each tagged with the network.
 */
public final class MeetingForm extends FormModel<ContactMoment> {

    private final long networkId;
    private final LongConsumer onSaved;
    private final MomentContent content = new MomentContent(ContactKind.EVENT);
    private final ObservableList<CheckOption> present = FXCollections.observableArrayList();

    MeetingForm(UiContext context, PracticeNetwork network, LongConsumer onSaved) {
        super(context, draft -> draft.partnerId() == 0
                ? List.of(FieldError.of("partners", "error.required"))
                : context.services().moments().check(draft));
        this.networkId = network.id();
        this.onSaved = onSaved;
        for (NetworkMember m : network.members()) {
            CheckOption option = new CheckOption(m.partnerId(), m.partnerName(), true);
            option.chosenProperty().addListener((obs, old, now) -> edited("partners"));
            present.add(option);
        }
        fill(() -> content.dateProperty().set(context.today()));
    }

    @Override
    public boolean isNew() {
        return true;
    }

    public void save(Runnable done) {
        Set<Long> partners = chosen();
        saveWith(template -> {
            context.services().practiceNetworks().logMeeting(networkId, template, partners);
            return template;
        }, m -> m, stored -> {
            done.run();
            onSaved.accept(networkId);
        });
    }

    @Override
    protected ContactMoment draft() {
        Set<Long> partners = chosen();
        return content.into(ContactMoment.builder())
                .partnerId(partners.isEmpty() ? 0 : partners.iterator().next())
                .build();
    }

    private Set<Long> chosen() {
        Set<Long> ids = new LinkedHashSet<>();
        present.stream().filter(CheckOption::isChosen).forEach(o -> ids.add(o.id()));
        return ids;
    }

    /** The date, kind, and what was said, offered and asked. */
    public MomentContent content() {
        return content;
    }

    public ObservableList<CheckOption> present() {
        return present;
    }
}
