package vn.egov.dossier.dossier;

/**
 * Procedure snapshots built fluently, by name rather than by position:
 * {@code aSnapshot().fee(0).processingDays(10, 5).build()}. Unless told otherwise it is version 3 of the criminal record
 * certificate (1.001823) of the city's justice department, at service level 4: ten working days, five online, a fee of
 * 200,000 VND, receipts after 16:00 counted from the next working day.
 */
public final class ProcedureSnapshots {

    private String code = "1.001823";
    private int version = 3;
    private String name = "Cấp Phiếu lý lịch tư pháp";
    private String agencyCode = "000.00.15.H17";
    private String agencyName = "Sở Tư pháp";
    private String agencyLevel = "CITY";
    private int serviceLevel = 4;
    private int processingDays = 10;
    private int onlineProcessingDays = 5;
    private long feeTotal = 200_000;
    private Integer cutOffHour = 16;

    private ProcedureSnapshots() {}

    public static ProcedureSnapshots aSnapshot() {
        return new ProcedureSnapshots();
    }

    public ProcedureSnapshots procedure(String code, int version, String name) {
        this.code = code;
        this.version = version;
        this.name = name;
        return this;
    }

    /** @param level the agency tier: {@code CITY}, {@code DISTRICT}, {@code COMMUNE} or {@code CENTRAL} */
    public ProcedureSnapshots agency(String code, String name, String level) {
        this.agencyCode = code;
        this.agencyName = name;
        this.agencyLevel = level;
        return this;
    }

    public ProcedureSnapshots serviceLevel(int level) {
        this.serviceLevel = level;
        return this;
    }

    /** Statutory working days, and the reduced time for online dossiers (0: none). */
    public ProcedureSnapshots processingDays(int days, int onlineDays) {
        this.processingDays = days;
        this.onlineProcessingDays = onlineDays;
        return this;
    }

    public ProcedureSnapshots fee(long vnd) {
        this.feeTotal = vnd;
        return this;
    }

    /** @param hour receipts after this hour count from the next working day; null for none */
    public ProcedureSnapshots cutOffHour(Integer hour) {
        this.cutOffHour = hour;
        return this;
    }

    public ProcedureSnapshot build() {
        return new ProcedureSnapshot(
                code,
                version,
                name,
                agencyCode,
                agencyName,
                agencyLevel,
                serviceLevel,
                processingDays,
                onlineProcessingDays,
                feeTotal,
                cutOffHour);
    }
}
