package vn.egov.catalogue.procedure;

import java.util.List;

/**
 * Rule drafts built fluently, valid unless told otherwise: {@code aDraft().atLevel(4).processingDays(10).build()}.
 * The defaults are the justice department's criminal record certificate.
 */
final class RulesDrafts {

    private int serviceLevel = 3;
    private int processingDays = 10;
    private Integer onlineProcessingDays;
    private long fee = 200_000;

    private RulesDrafts() {}

    static RulesDrafts aDraft() {
        return new RulesDrafts();
    }

    /** Level 4 also offers online delivery of the result. */
    RulesDrafts atLevel(int level) {
        this.serviceLevel = level;
        return this;
    }

    RulesDrafts processingDays(int days) {
        this.processingDays = days;
        return this;
    }

    RulesDrafts onlineProcessingDays(Integer days) {
        this.onlineProcessingDays = days;
        return this;
    }

    RulesDrafts fee(long vnd) {
        this.fee = vnd;
        return this;
    }

    RulesDraft build() {
        return new RulesDraft(
                "Cấp Phiếu lý lịch tư pháp",
                "Lý lịch tư pháp",
                "000.00.15.H17",
                "CITY",
                serviceLevel,
                processingDays,
                onlineProcessingDays,
                List.of(new RulesDraft.FeeDraft("Phí", fee)),
                List.of(new RulesDraft.DocumentDraft("Tờ khai", "ORIGINAL", 1, null, null)),
                "Phiếu",
                "Luật Lý lịch tư pháp 2009",
                serviceLevel == 4 ? List.of("ONLINE", "COUNTER") : List.of("COUNTER"),
                null);
    }
}
