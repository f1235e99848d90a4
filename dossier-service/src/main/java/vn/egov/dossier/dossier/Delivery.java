package vn.egov.dossier.dossier;

/** How the applicant receives the result; must be one of the procedure's delivery options. */
public enum Delivery {
    ONLINE,
    POSTAL,
    COUNTER
}
