package nl.verbinder.domain;

/** Where an environment-analysis observation comes from. */
public enum SourceKind implements Coded {
    MUNICIPALITY("municipality"),
    OWN_PATIENT_DATA("own-patient-data"),
    REGIONAL_NEWS("regional-news"),
    LOCAL_NETWORKS("local-networks"),
    ALLECIJFERS("allecijfers"),
    CBS_IN_UW_BUURT("cbsinuwbuurt"),
    FUNDA("funda"),
    OTHER("other");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "source-kind." + code;
    }
}
