package vn.egov.dossier.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Form 04 (Mẫu 04, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", Circular 01/2018/TT-VPCP): the agency apologises for a
 * dossier it cannot finish by its due date and promises a new date. The legal due date it apologises for is kept.
 */
@Entity
@Table(name = "dossier_apology")
public class Apology {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "officer")
    private String officer;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "reason")
    private String reason;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "new_due_date")
    private LocalDate newDueDate;

    protected Apology() {}

    Apology(String officer, Instant issuedAt, String reason, LocalDate dueDate, LocalDate newDueDate) {
        this.officer = officer;
        this.issuedAt = issuedAt;
        this.reason = reason;
        this.dueDate = dueDate;
        this.newDueDate = newDueDate;
    }

    public String officer() {
        return officer;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String reason() {
        return reason;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate newDueDate() {
        return newDueDate;
    }
}
