package nl.verbinder.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.imports.Match;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partner add}: add a partner; prints its new id. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
final class AddPartnerCommand extends ContextCommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "partner-add.name")
    String name;

    @Option(names = "--category", required = true, paramLabel = "C", descriptionKey = "partner-add.category")
    String category;

    @Option(names = "--person", descriptionKey = "partner-add.person")
    boolean person;

    @Option(names = "--status", paramLabel = "S", descriptionKey = "partner-add.status")
    String status;

    @Option(names = "--street", paramLabel = "TEXT", descriptionKey = "partner-add.street")
    String street;

    @Option(names = "--postcode", paramLabel = "1234 AB", descriptionKey = "partner-add.postcode")
    String postcode;

    @Option(names = "--city", paramLabel = "TEXT", descriptionKey = "partner-add.city")
    String city;

    @Option(names = "--phone", paramLabel = "NUMBER", descriptionKey = "partner-add.phone")
    String phone;

    @Option(names = "--email", paramLabel = "ADDRESS", descriptionKey = "partner-add.email")
    String email;

    @Option(names = "--website", paramLabel = "URL", descriptionKey = "partner-add.website")
    String website;

    @Option(names = {"--cadence-days", "--rhythm-days"}, paramLabel = "N", descriptionKey = "partner-add.cadence")
    String cadenceDays;

    @Option(names = "--trust", paramLabel = "1-5", descriptionKey = "partner-add.trust")
    String trust;

    @Option(names = "--owner", paramLabel = "THERAPIST", descriptionKey = "partner-add.owner")
    String owner;

    @Option(names = "--tags", paramLabel = "a,b", split = ",", descriptionKey = "partner-add.tags")
    List<String> tags = List.of();

    @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "partner-add.notes")
    String notes;

    @Option(names = "--force", descriptionKey = "partner-add.force")
    boolean force;

    AddPartnerCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        // Options that cannot be read (an unknown category, a number that is none) are wrong
        // usage; the service's checks of readable values are refusals. Every wrong option at once.
        List<FieldError> unreadable = new ArrayList<>();
        PartnerStatus partnerStatus = status == null ? PartnerStatus.ACTIVE
                : Inputs.collecting(unreadable, () -> Inputs.code(PartnerStatus.class, "status", status));
        Partner.Builder draft = Partner.builder()
                .name(name)
                .kind(person ? PartnerKind.PERSON : PartnerKind.ORGANISATION)
                .category(Inputs.collecting(unreadable, () -> Inputs.code(Category.class, "category", category)))
                .status(partnerStatus)
                .street(street)
                .postcode(postcode)
                .city(city)
                .phone(phone)
                .email(email)
                .website(website)
                .rhythmDays(Inputs.collecting(unreadable, () -> Inputs.number("rhythmDays", cadenceDays)))
                .trust(Inputs.collecting(unreadable, () -> Inputs.number("trust", trust)))
                .tags(tags)
                .notes(notes);
        List<FieldError> errors = new ArrayList<>(unreadable);
        if (owner != null) {
            try {
                Therapist therapist = context.services().therapists().resolve(owner, "owner");
                draft.ownerId(therapist.id());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        for (FieldError error : context.services().partners().check(draft.build())) {
            if (errors.stream().noneMatch(e -> e.field().equals(error.field()))) {
                errors.add(error);
            }
        }
        if (!unreadable.isEmpty()) {
            throw new UsageException(errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!force) {
            Optional<Match> same = context.services().imports().existingPartnerLike(draft.build());
            if (same.isPresent()) {
                Messages m = context.messages();
                context.err().println(m.get("cli.partner.duplicate", same.get().name(), same.get().id(),
                        m.get(same.get().reason().messageKey())));
                return ExitCodes.REFUSED;
            }
        }
        Partner created = context.services().partners().create(draft.build());
        context.out().println(created.id());
        return ExitCodes.DONE;
    }
}
