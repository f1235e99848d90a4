package vn.egov.dossier.dossier;

/** How a dossier was received. */
public enum Channel {
    ONLINE,
    COUNTER
}
