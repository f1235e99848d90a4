package vn.egov.dossier.result;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.attachment.DossierDocuments;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.ViewDossier;
import vn.egov.servicedefaults.qr.QrPng;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * The receipt-and-appointment slip (form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", Circular 01/2018/TT-VPCP) of an
 * accepted dossier, for its owner or an officer of its agency: what was received, when, and the day the result is due.
 * Before acceptance there is no appointment to give, hence a 409.
 */
@Component
public class ReceiptSlip {

    static final String TITLE = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";

    private final ViewDossier viewDossier;
    private final DossierDocuments dossierDocuments;
    private final PublicSite site;
    private final Clock clock;

    ReceiptSlip(ViewDossier viewDossier, DossierDocuments dossierDocuments, PublicSite site, Clock clock) {
        this.viewDossier = viewDossier;
        this.dossierDocuments = dossierDocuments;
        this.site = site;
        this.clock = clock;
    }

    /** The slip as a PDF. */
    @Transactional(readOnly = true)
    public byte[] render(String dossierCode, CurrentUser user) {
        Dossier dossier = viewDossier.view(dossierCode, user);
        if (dossier.acceptedAt() == null) {
            throw new DossierNotAccepted(dossierCode);
        }
        List<String> documents = dossierDocuments.of(dossierCode).stream()
                .map(d -> d.documentName() + " (" + d.documentCode() + ")")
                .toList();
        var procedure = dossier.procedure();
        var applicant = dossier.applicant();
        String lookUp = site.publicBaseUrl().toString().replaceAll("/$", "") + "/api/public/dossiers/" + dossierCode;
        OfficialPdf pdf = OfficialPdf.a4(procedure.agencyName(), TITLE)
                .field("Mã hồ sơ", dossierCode)
                .field("Cơ quan tiếp nhận", procedure.agencyName())
                .field("Người nộp hồ sơ", applicant.fullName())
                .field("Số CCCD", applicant.idNumber())
                .field("Địa chỉ", applicant.address())
                .field("Số điện thoại", applicant.phone())
                .field("Thủ tục", procedure.name() + " (" + procedure.code() + ")")
                .field("Hình thức nộp", dossier.channel().name().equals("ONLINE") ? "Trực tuyến" : "Trực tiếp")
                .text("Thành phần hồ sơ đã nhận:");
        if (documents.isEmpty()) {
            pdf.text("(không có tệp đính kèm)");
        } else {
            pdf.numbered(documents);
        }
        return pdf.field("Thời điểm tiếp nhận", OfficialPdf.time(dossier.acceptedAt(), clock.getZone()))
                .field("Ngày hẹn trả kết quả", OfficialPdf.date(dossier.dueDate()))
                .text("Tra cứu tình trạng hồ sơ bằng mã hồ sơ và số điện thoại tại " + lookUp + ".")
                .qr(QrPng.render(lookUp, 300), lookUp)
                .finish();
    }
}
