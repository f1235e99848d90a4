package vn.egov.dossier.result;

/**
 * What the officer approving a dossier issues: a result file they uploaded before ({@code attachmentId}, from
 * {@code POST /api/dossiers/attachments}), or, when none is given, a PDF generated from the template.
 */
public record ResultChoice(String attachmentId) {

    /** Generate from the template. */
    public static final ResultChoice GENERATE = new ResultChoice(null);

    public boolean uploaded() {
        return attachmentId != null && !attachmentId.isBlank();
    }
}
