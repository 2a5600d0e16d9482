package nl.verbinder.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerBulkChange;
import nl.verbinder.domain.PartnerDuplicate;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.Store;

/** Partners: add, edit, list and search, the trash. */
public final class PartnerService extends RecordService<Partner> {

    public static final int MAX_TAG = 50;

    private final AttentionService attention;

    private final LocalDatabaseFile localFile;

    PartnerService(Store store, Clock clock, AttentionService attention, LocalDatabaseFile localFile) {
        super(store, clock, new Records<>("partner", id -> store.partners().find(id),
                (r, at) -> store.partners().insert(r, at), (r, at) -> store.partners().update(r, at),
                Partner::id, Partner::version));
        this.localFile = localFile;
        this.attention = attention;
    }

    /** Stores a new partner and returns it as stored. */
    public Partner create(Partner draft) {
        return tx().write(() -> {
            Partner clean = validated(draft);
            long id = store.partners().insert(clean, now());
            RelationshipCheckService.followTrust(store, id, clean.trust(), now());
            return store.partners().find(id).orElseThrow();
        });
    }

    /** A saved edit that changed the trust brings the relationship check's trust answers in step with it. */
    @Override
    protected void afterUpdate(Partner current, Partner clean) {
        if (!Objects.equals(current.trust(), clean.trust())) {
            RelationshipCheckService.followTrust(store, clean.id(), clean.trust(), now());
        }
    }

    public List<PartnerOverview> list(PartnerQuery query) {
        return tx().read(() -> store.partners().list(withAttentionIds(query), today()));
    }

    public int count(PartnerQuery query) {
        return tx().read(() -> store.partners().count(withAttentionIds(query), today()));
    }

    /**
     * The attention filters ("needs attention", "overdue") as the ids the attention engine
     * finds today, so the partner list and the attention list always agree.
     */
    private PartnerQuery withAttentionIds(PartnerQuery query) {
        Set<Long> ids = query.ids();
        if (query.needsAttention()) {
            ids = intersect(ids, attention.partnersNeedingAttention(today()));
        }
        if (query.overdueOnly()) {
            ids = intersect(ids, attention.overduePartners(today()));
        }
        return query.withIds(ids);
    }

    private static Set<Long> intersect(Set<Long> current, Set<Long> more) {
        if (current == null) {
            return more;
        }
        Set<Long> both = new LinkedHashSet<>(current);
        both.retainAll(more);
        return both;
    }

    /** The partners with these ids, for views that show a chosen few. */
    public List<PartnerOverview> overviews(Set<Long> ids) {
        return tx().read(() -> store.partners().overviews(ids));
    }

    /**
     * Finds one partner by id or by name (ignoring case and accents). An unknown or ambiguous
     * name is an error on field {@code partner} that lists the candidates.
     */
    public Partner resolve(String idOrName) {
        String text = Texts.clean(idOrName);
        if (text == null) {
            throw new ValidationException(FieldError.of("partner", "error.required"));
        }
        return tx().read(() -> {
            var byId = byNumber(text, id -> store.partners().find(id).filter(p -> !p.inTrash()));
            if (byId.isPresent()) {
                return byId.get();
            }
            List<Partner> exact = store.partners().findByName(text);
            if (exact.size() == 1) {
                return exact.getFirst();
            }
            List<Partner> candidates = exact.isEmpty() ? store.partners().findByNameContaining(text, 10) : exact;
            if (candidates.size() == 1) {
                return candidates.getFirst();
            }
            if (candidates.isEmpty()) {
                throw new ValidationException(FieldError.of("partner", "error.partner.unknown", text));
            }
            String list = candidates.stream().map(p -> p.name() + " (#" + p.id() + ")")
                    .collect(Collectors.joining(", "));
            throw new ValidationException(FieldError.of("partner", "error.partner.ambiguous", text, list));
        });
    }

    /** Moves a partner to the trash; its history stays and comes back with {@link #restore}. */
    public void moveToTrash(long id) {
        tx().writing(() -> {
            Partner partner = records.get(id);
            if (partner.inTrash()) {
                throw new VerbinderException("error.partner.already-in-trash", partner.name());
            }
            store.partners().moveToTrash(id, now());
        });
    }

    public void restore(long id) {
        tx().writing(() -> {
            refuseUnlessInTrash(id);
            store.partners().restore(id, now());
        });
    }

    /** Deletes a partner in the trash for good, with its contact persons and moments. */
    public void deleteForGood(long id) {
        tx().writing(() -> {
            refuseUnlessInTrash(id);
            store.partners().deleteForGood(id);
            store.history().forgetPartner(id); // deleted for good leaves no trace, in the history neither
        });
        localFile.purgeFreedSpace();
    }

    /** Inside a write: restoring and deleting for good are refused, naming it, for a partner outside the trash. */
    private void refuseUnlessInTrash(long id) {
        Partner partner = records.get(id);
        if (!partner.inTrash()) {
            throw new VerbinderException("error.partner.not-in-trash", partner.name());
        }
    }

    /**
     * Moves several partners to the trash in one transaction (all or none). Partners already
     * in the trash are left there.
     */
    public void moveToTrash(Collection<Long> ids) {
        tx().writing(() -> {
            for (long id : ids) {
                Partner partner = records.get(id);
                if (!partner.inTrash()) {
                    store.partners().moveToTrash(id, now());
                }
            }
        });
    }

    /** Takes several partners out of the trash in one transaction (the undo of a bulk move). */
    public void restore(Collection<Long> ids) {
        tx().writing(() -> {
            for (long id : ids) {
                Partner partner = records.get(id);
                if (partner.inTrash()) {
                    store.partners().restore(id, now());
                }
            }
        });
    }

    /**
     * Changes the owner, status or tags of several partners at once, in one transaction: all
     * change, or (on any refusal) none. A partner changed by someone else since the user saw
     * it is a {@link ConflictException}.
     *
     * @param seen each partner's id with the version the user saw
     * @return how many partners changed
     */
    public int changeMany(Map<Long, Integer> seen, PartnerBulkChange change) {
        if (change.isEmpty() || seen.isEmpty()) {
            return 0;
        }
        return tx().write(() -> {
            Validator v = new Validator();
            List<String> add = cleanTags(v, change.addTags());
            v.throwIfInvalid();
            Set<String> remove = change.removeTags().stream().map(Texts::clean).filter(t -> t != null)
                    .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            int changed = 0;
            for (Map.Entry<Long, Integer> entry : seen.entrySet()) {
                long id = entry.getKey();
                Partner current = records.get(id);
                if (current.version() != entry.getValue() || current.inTrash()) {
                    throw new ConflictException("partner", id);
                }
                List<String> tags = new ArrayList<>();
                current.tags().stream().filter(t -> !remove.contains(t.toLowerCase(Locale.ROOT))).forEach(tags::add);
                tags.addAll(add);
                Partner.Builder edited = current.toBuilder().tags(tags);
                if (change.changeOwner()) {
                    edited.ownerId(change.ownerId());
                }
                if (change.status() != null) {
                    edited.status(change.status());
                }
                Partner clean = validated(edited.build());
                if (!clean.equals(current)) {
                    if (!store.partners().update(clean, now())) {
                        throw new ConflictException("partner", id);
                    }
                    changed++;
                }
            }
            return changed;
        });
    }

    /**
     * Merges two partners that are the same organisation, in one transaction. {@code kept}
     * is the partner that stays, with the field values the user chose from both (its version
     * as the user saw it); the other one's contact persons, contact moments, shared goals and
     * environment notes move to it, and then the other one is deleted. Either partner changed
     * by someone else since the user saw it is a {@link ConflictException}.
     *
     * @return the partner that stayed, as stored
     */
    public Partner merge(Partner kept, long goneId, int goneVersion) {
        return tx().write(() -> {
            long keptId = kept.id();
            if (keptId == goneId) {
                throw new VerbinderException("error.merge.same-partner");
            }
            Partner current = records.get(keptId);
            Partner gone = records.get(goneId);
            if (current.version() != kept.version() || current.inTrash()) {
                throw new ConflictException("partner", keptId);
            }
            if (gone.version() != goneVersion || gone.inTrash()) {
                throw new ConflictException("partner", goneId);
            }
            Partner clean = validated(kept);
            if (!store.partners().update(clean, now())) {
                throw new ConflictException("partner", keptId);
            }
            store.contactPersons().moveToPartner(goneId, keptId, now());
            store.contactMoments().moveToPartner(goneId, keptId, now());
            store.sharedGoals().moveLinks(goneId, keptId, now());
            store.environmentNotes().moveLinks(goneId, keptId, now());
            store.partners().deleteForGood(goneId);
            return store.partners().find(keptId).orElseThrow();
        });
    }

    /**
     * Pairs of partners that are probably one organisation (the same name at the same
     * postcode, or the same e-mail address), so the user can merge them.
     */
    public List<PartnerDuplicate> likelyDuplicates() {
        return tx().read(() -> store.partners().likelyDuplicates());
    }

    public List<PartnerOverview> trash() {
        return tx().read(() -> store.partners().trash());
    }

    /** Checks and cleans a draft: trimmed texts, normalised postcode, phone, e-mail and website. */
    @Override
    protected Partner validated(Partner draft) {
        Validator v = new Validator();
        String name = Fields.required(v, "name", draft.name(), Fields.MAX_NAME);
        Fields.requiredValue(v, "category", draft.category());
        String postcode = Fields.postcode(v, "postcode", draft.postcode());
        String phone = Fields.phone(v, "phone", draft.phone());
        String email = Fields.email(v, "email", draft.email());
        String website = Fields.website(v, "website", draft.website());
        Fields.between(v, "rhythmDays", draft.rhythmDays(), 1, Fields.MAX_RHYTHM_DAYS, "error.rhythm");
        Fields.between(v, "trust", draft.trust(), 1, 5, "error.trust");
        if (draft.ownerId() != null && store.therapists().find(draft.ownerId()).isEmpty()) {
            v.add("owner", "error.therapist.unknown", draft.ownerId());
        }
        if (draft.knownSince() != null && draft.knownSince().isAfter(today())) {
            v.add("knownSince", "error.date.future", draft.knownSince());
        }
        List<String> tags = cleanTags(v, draft.tags());
        Partner clean = draft.toBuilder()
                .name(name)
                .street(Fields.optional(v, "street", draft.street(), Fields.MAX_NAME))
                .postcode(postcode)
                .city(Fields.optional(v, "city", draft.city(), Fields.MAX_NAME))
                .phone(phone)
                .email(email)
                .website(website)
                .howWeKnowEachOther(Fields.optional(v, "howWeKnowEachOther", draft.howWeKnowEachOther(), Fields.MAX_TEXT))
                .whatTheyMeanForUs(Fields.optional(v, "whatTheyMeanForUs", draft.whatTheyMeanForUs(), Fields.MAX_TEXT))
                .whatWeMeanForThem(Fields.optional(v, "whatWeMeanForThem", draft.whatWeMeanForThem(), Fields.MAX_TEXT))
                .notes(Fields.optional(v, "notes", draft.notes(), Fields.MAX_TEXT))
                .tags(tags)
                .build();
        v.throwIfInvalid();
        return clean;
    }

    private static List<String> cleanTags(Validator v, List<String> tags) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> clean = new ArrayList<>();
        for (String tag : tags) {
            String t = Texts.cleanLine(tag);
            if (t == null) {
                continue;
            }
            if (t.length() > MAX_TAG) {
                v.add("tags", "error.too-long", MAX_TAG);
            }
            if (seen.add(t.toLowerCase(Locale.ROOT))) {
                clean.add(t);
            }
        }
        return clean;
    }
}
