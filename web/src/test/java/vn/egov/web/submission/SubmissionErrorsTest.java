package vn.egov.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.view.FormErrors;

class SubmissionErrorsTest {

    private static final ProcedureDetail PROCEDURE = new ProcedureDetail(
            "2.000488",
            "Cấp Phiếu lý lịch tư pháp",
            "Lý lịch tư pháp",
            "000.00.15.H17",
            "Sở Tư pháp",
            "CITY",
            4,
            "FULL",
            1,
            null,
            10,
            5,
            List.of(),
            200000,
            List.of(
                    new ProcedureDetail.Document("TP1", "Tờ khai", "ORIGINAL", 1, null, true, null),
                    new ProcedureDetail.Document("TP2", "Bản chụp Căn cước", "COPY", 1, null, true, null)),
            null,
            null,
            List.of("ONLINE"),
            null,
            1,
            "ACTIVE");

    @Test
    void namesEachRefusedFieldByItsInputInVietnamese() {
        ApiProblem problem = problem(
                "invalid-request",
                List.of(
                        new ApiProblem.FieldProblem("applicant.phone", "must be a Vietnamese mobile number"),
                        new ApiProblem.FieldProblem("applicant.idNumber", "must be the 12-digit citizen ID number"),
                        new ApiProblem.FieldProblem("applicant.email", "is required for EMAIL notifications"),
                        new ApiProblem.FieldProblem("notify", "choose at least one of SMS, ZALO, EMAIL"),
                        new ApiProblem.FieldProblem("documents[1]", "is not a file you uploaded")),
                List.of());

        FormErrors errors = SubmissionErrors.of(problem, PROCEDURE, List.of("TP1", "TP2"));

        assertThat(errors.message("phone")).startsWith("Số điện thoại di động không đúng");
        assertThat(errors.message("idNumber")).contains("12 chữ số");
        assertThat(errors.message("email")).contains("để nhận thông báo qua thư điện tử");
        assertThat(errors.message("notify-0")).contains("ít nhất một");
        assertThat(errors.message("tep-TP2")).contains("chọn lại tệp");
        assertThat(errors.getAll())
                .extracting(FormErrors.Entry::label)
                .containsExactly(
                        "Số điện thoại di động",
                        "Số định danh cá nhân",
                        "Thư điện tử",
                        "Nhận thông báo qua",
                        "Bản chụp Căn cước");
    }

    @Test
    void asksForEachMissingDocumentByName() {
        FormErrors errors =
                SubmissionErrors.of(problem("missing-documents", List.of(), List.of("TP1")), PROCEDURE, List.of());

        assertThat(errors.getAll()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("tep-TP1");
            assertThat(error.label()).isEqualTo("Tờ khai");
        });
    }

    @Test
    void explainsARefusalOfTheWholeFormWithTheCorrelationId() {
        FormErrors errors = SubmissionErrors.of(problem("something-new", List.of(), List.of()), PROCEDURE, List.of());

        assertThat(errors.getAll()).singleElement().satisfies(error -> {
            assertThat(error.field()).isNull();
            assertThat(error.message()).contains("corr-1");
        });
    }

    @Test
    void checksWhatCanBeCheckedBeforeAskingThePlatform() {
        SubmissionForm form = new SubmissionForm();
        form.setIdNumber("12345");
        form.setPhone("09x");
        form.setNotify(List.of("EMAIL"));
        form.setDelivery("POSTAL");
        FormErrors errors = new FormErrors();

        SubmitOnline.checkTyped(form, PROCEDURE, errors);

        assertThat(errors.getAll())
                .extracting(FormErrors.Entry::field)
                .containsExactly("fullName", "idNumber", "phone", "email", "address", "delivery-0", "declaration");
    }

    private static ApiProblem problem(String slug, List<ApiProblem.FieldProblem> errors, List<String> missing) {
        return new ApiProblem(400, slug, "detail", errors, missing, Map.of(), "corr-1");
    }
}
