package vn.egov.dossier.dossier;

/** The channels an applicant chose to be told about their dossier on. */
public enum NotifyChannel {
    SMS,
    ZALO,
    EMAIL
}
