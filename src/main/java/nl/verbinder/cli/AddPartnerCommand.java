package nl.verbinder.cli;

import java.util.List;
import java.util.concurrent.Callable;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partner add}: add a partner; prints its new id. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
final class AddPartnerCommand implements Callable<Integer> {

    private final CliContext context;

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

    AddPartnerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Validator options = new Validator();
        PartnerStatus partnerStatus = status == null ? PartnerStatus.ACTIVE
                : Inputs.collecting(options, () -> Inputs.code(PartnerStatus.class, "status", status));
        Partner.Builder draft = Partner.builder()
                .name(name)
                .kind(person ? PartnerKind.PERSON : PartnerKind.ORGANISATION)
                .category(Inputs.collecting(options, () -> Inputs.code(Category.class, "category", category)))
                .status(partnerStatus)
                .street(street)
                .postcode(postcode)
                .city(city)
                .phone(phone)
                .email(email)
                .website(website)
                .rhythmDays(Inputs.collecting(options, () -> Inputs.number("rhythmDays", cadenceDays)))
                .trust(Inputs.collecting(options, () -> Inputs.number("trust", trust)))
                .tags(tags)
                .notes(notes);
        if (owner != null) {
            Therapist therapist = Inputs.collecting(options, () -> context.services().therapists().resolve(owner, "owner"));
            draft.ownerId(therapist == null ? null : therapist.id());
        }
        // Every wrong option at once: the options that did not parse, then the service's own checks.
        for (FieldError error : context.services().partners().check(draft.build())) {
            if (!options.hasErrorFor(error.field())) {
                options.add(error);
            }
        }
        options.throwIfInvalid();
        Partner created = context.services().partners().create(draft.build());
        context.out().println(created.id());
        return ExitCodes.DONE;
    }
}
