package nl.verbinder.domain;

import java.time.LocalDate;

/**
 * A contact person kept longer than the practice's retention setting allows, for review: to
 * be erased or kept with a reason. Nothing is deleted without the user's confirmation.
 *
 * @param personId     the contact person
 * @param name         their name
 * @param partnerName  the partner they belong to
 * @param reason       why they are on the list
 * @param since        the date the retention period counts from: the last contact moment they
 *                     took part in (or, without any, the day the record was made), or the day
 *                     the partnership ended
 */
public record RetentionCandidate(long personId, String name, String partnerName, Reason reason, LocalDate since) {

    /** Why a person is kept too long. */
    public enum Reason implements Coded {
        PARTNER_ENDED("partner-ended"),
        NO_CONTACT("no-contact");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String labelKey() {
            return "privacy.retention.reason." + code;
        }
    }
}
