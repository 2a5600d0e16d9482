package nl.verbinder.domain.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.networks.PracticeNetwork;

/**
 * Everything a therapist wants to know before meeting a partner ("Gesprek voorbereiden"), as of
 * {@code today}: who they are, their people, the last moments, what is still open, the balance of
 * give and ask, the shared goals, the rhythm, and why the relationship needs attention.
 *
 * @param ownerName    the therapist who owns the relationship, or {@code null}
 * @param lastMoments  the newest three contact moments, newest first
 * @param openFollowUps every open follow-up of the partner's moments, soonest due first (undated last)
 * @param moments      how many contact moments there are in all
 * @param offered      how many of them say what we offered
 * @param asked        how many of them say what we asked
 * @param lastContact  the day of the last contact moment, or {@code null}
 * @param attention    the partner's item on the attention list, if it is on it
 * @param networks     the networks the practice takes part in that the partner is a member of (networks in
 *                     common), by name
 */
public record MeetingBrief(LocalDate today, Partner partner, String ownerName, List<ContactPerson> persons,
                           List<MomentView> lastMoments, List<MomentView> openFollowUps, int moments, int offered,
                           int asked, List<SharedGoal> goals, LocalDate lastContact,
                           Optional<AttentionItem> attention, List<PracticeNetwork> networks) {

    public MeetingBrief {
        persons = List.copyOf(persons);
        lastMoments = List.copyOf(lastMoments);
        openFollowUps = List.copyOf(openFollowUps);
        goals = List.copyOf(goals);
        networks = List.copyOf(networks);
    }

    /** The contact rhythm in days: the partner's own, or its category's. */
    public int rhythmDays() {
        return partner.effectiveRhythmDays();
    }

    /** The day the next contact is due by the rhythm, or {@code null} when there was never contact. */
    public LocalDate nextContactDue() {
        return lastContact == null ? null : lastContact.plusDays(rhythmDays());
    }
}
