package vn.egov.dossier.result;

import java.time.Instant;
import java.time.ZoneId;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.servicedefaults.qr.QrPng;

/** The result generated from the template: what was decided for whom, with the verification code and its QR. */
final class ResultDocument {

    private ResultDocument() {}

    static byte[] render(
            Dossier dossier,
            String resultType,
            VerificationCode verification,
            Instant issuedAt,
            ZoneId zone,
            PublicSite site) {
        var procedure = dossier.procedure();
        String url = site.verificationUrl(verification);
        return OfficialPdf.a4(procedure.agencyName(), "Kết quả giải quyết thủ tục hành chính")
                .field("Loại kết quả", resultType)
                .field("Thủ tục", procedure.name())
                .field("Mã hồ sơ", dossier.code().value())
                .field("Cấp cho", dossier.applicant().fullName())
                .field("Địa chỉ", dossier.applicant().address())
                .field("Cơ quan cấp", procedure.agencyName())
                .field("Thời điểm cấp", OfficialPdf.time(issuedAt, zone))
                .field("Mã xác thực", verification.value())
                .text("Kết quả này được cấp trực tuyến. Quét mã QR hoặc nhập mã xác thực tại " + url
                        + " để kiểm tra tính xác thực.")
                .qr(QrPng.render(url, 300), url)
                .finish();
    }
}
