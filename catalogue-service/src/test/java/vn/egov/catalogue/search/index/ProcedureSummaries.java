package vn.egov.catalogue.search.index;

import java.time.LocalDate;

/**
 * Procedure summaries built fluently, by name rather than by position:
 * {@code aSummary("1.000001").named("Cấp giấy phép").atLevel(3).indexed("Giấy phép")}. Unless told otherwise it is
 * version 1 of a level 2 procedure of the city's justice department, in force since 1 January 2024, five working days
 * (three online), free of charge.
 */
public final class ProcedureSummaries {

    private final String code;
    private String name = "Thủ tục thử nghiệm";
    private String sector = "Tư pháp";
    private String agencyCode = "000.00.15.H17";
    private String agencyName = "Sở Tư pháp thành phố Đà Nẵng";
    private String agencyLevel = "CITY";
    private int serviceLevel = 2;
    private int version = 1;
    private LocalDate effectiveFrom = LocalDate.of(2024, 1, 1);
    private int processingDays = 5;
    private int onlineProcessingDays = 3;
    private long feeTotal;

    private ProcedureSummaries(String code) {
        this.code = code;
    }

    public static ProcedureSummaries aSummary(String code) {
        return new ProcedureSummaries(code);
    }

    public ProcedureSummaries named(String name) {
        this.name = name;
        return this;
    }

    public ProcedureSummaries inSector(String sector) {
        this.sector = sector;
        return this;
    }

    /** @param level the agency tier: {@code CITY}, {@code DISTRICT}, {@code COMMUNE} or {@code CENTRAL} */
    public ProcedureSummaries ofAgency(String code, String name, String level) {
        this.agencyCode = code;
        this.agencyName = name;
        this.agencyLevel = level;
        return this;
    }

    /** @param tier {@code CITY}, {@code DISTRICT}, {@code COMMUNE} or {@code CENTRAL} */
    public ProcedureSummaries ofTier(String tier) {
        this.agencyLevel = tier;
        return this;
    }

    /** The service level; the online mode follows it. */
    public ProcedureSummaries atLevel(int level) {
        this.serviceLevel = level;
        return this;
    }

    public ProcedureSummaries version(int version, LocalDate effectiveFrom) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        return this;
    }

    public ProcedureSummaries processingDays(int days, int onlineDays) {
        this.processingDays = days;
        this.onlineProcessingDays = onlineDays;
        return this;
    }

    public ProcedureSummaries fee(long vnd) {
        this.feeTotal = vnd;
        return this;
    }

    public ProcedureSummary build() {
        return new ProcedureSummary(
                code,
                name,
                sector,
                agencyCode,
                agencyName,
                agencyLevel,
                serviceLevel,
                serviceLevel == 4 ? "FULL" : serviceLevel == 3 ? "PARTIAL" : "NONE",
                version,
                effectiveFrom,
                processingDays,
                onlineProcessingDays,
                feeTotal);
    }

    /** The summary as the index keeps it, with the result it gives. */
    public IndexedProcedure indexed(String resultType) {
        return IndexedProcedure.of(build(), resultType);
    }
}
