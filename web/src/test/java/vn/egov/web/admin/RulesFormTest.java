package vn.egov.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.web.view.FormErrors;

class RulesFormTest {

    @Test
    void namesTheRowOfTheFilledDocumentTheCatalogueRefused() {
        Map<String, String> sent = filled();
        sent.put("documents-0-name", "");
        sent.put("documents-2-name", "Bản chụp Căn cước");
        sent.put("documents-4-name", "Giấy ủy quyền");
        RulesForm form = RulesForm.sent(sent, List.of("COUNTER"));

        // Sent as documents[0] and documents[1]: rows 2 and 4 of the form.
        assertThat(form.inputOf("documents[1].count")).isEqualTo("documents-4-count");
        assertThat(form.inputOf("documents[0].name")).isEqualTo("documents-2-name");
        assertThat(form.inputOf("agencyLevel")).isEqualTo("agencyCode");
        assertThat(form.inputOf("deliveryOptions")).isEqualTo("deliveryOptions-COUNTER");
    }

    @Test
    void refusesAHalfFilledFeeAndOnlineDeliveryBelowLevelFour() {
        Map<String, String> sent = filled();
        sent.put("fees-1-amount", "50000");
        FormErrors errors = RulesForm.sent(sent, List.of("ONLINE")).check(true);

        assertThat(errors.has("fees-1-description")).isTrue();
        assertThat(errors.message("deliveryOptions-ONLINE")).isEqualTo("Trả kết quả trực tuyến chỉ có ở mức độ 4.");
        assertThat(errors.getAll()).hasSize(2);
    }

    @Test
    void sendsOnlyTheFilledRowsWithAmountsInDong() {
        Map<String, Object> body = RulesForm.sent(filled(), List.of("COUNTER")).body(null, "CITY");

        assertThat(body.get("fees")).isEqualTo(List.of(new RulesForm.FeeBody("Lệ phí", 8000)));
        assertThat(body.get("documents")).isEqualTo(List.of(new RulesForm.DocumentBody("Tờ khai", "ORIGINAL", 1)));
        assertThat(body).containsEntry("agencyLevel", "CITY").containsEntry("serviceLevel", 3);
    }

    @Test
    void anEmptyFormIsInForceFromTodayWithRowsToFill() {
        RulesForm form = RulesForm.empty(LocalDate.of(2026, 12, 7));

        assertThat(form.effectiveFrom()).isEqualTo("2026-12-07");
        assertThat(form.documents()).hasSize(RulesForm.DOCUMENT_ROWS);
        assertThat(form.fees()).hasSize(RulesForm.FEE_ROWS);
    }

    private static Map<String, String> filled() {
        Map<String, String> sent = new HashMap<>();
        sent.put("code", "1.001193");
        sent.put("effectiveFrom", "2027-01-01");
        sent.put("name", "Đăng ký khai sinh");
        sent.put("sector", "Hộ tịch");
        sent.put("agencyCode", "000.00.15.H17");
        sent.put("serviceLevel", "3");
        sent.put("processingDays", "3");
        sent.put("documents-0-name", "Tờ khai");
        sent.put("documents-0-form", "ORIGINAL");
        sent.put("documents-0-count", "1");
        sent.put("documents-2-form", "COPY");
        sent.put("documents-2-count", "1");
        sent.put("documents-4-form", "ORIGINAL");
        sent.put("documents-4-count", "2");
        sent.put("fees-0-description", "Lệ phí");
        sent.put("fees-0-amount", "8.000");
        sent.put("resultType", "Giấy khai sinh");
        sent.put("legalBasis", "Luật Hộ tịch 2014");
        return sent;
    }
}
