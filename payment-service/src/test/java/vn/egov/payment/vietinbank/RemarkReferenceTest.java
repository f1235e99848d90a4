package vn.egov.payment.vietinbank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemarkReferenceTest {

    private static final String REFERENCE = "EG01HZX5K2M7Q8R9T0V1W2";

    private final RemarkReference references = new RemarkReference("EG");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EG01HZX5K2M7Q8R9T0V1W2",
                "eg01hzx5k2m7q8r9t0v1w2",
                "MBVCB.3312456.EG01HZX5K2M7Q8R9T0V1W2.CT tu 0123456789 NGUYEN VAN A toi 113000006688",
                "Thanh toán lệ phí EG01HZX5K2M7Q8R9T0V1W2 hồ sơ 000.00.15.H17-261123-0001",
                "EG01HZX5 K2M7Q8R9 T0V1W2 chuyen tien",
                "EG01-HZX5-K2M7-Q8R9-T0V1-W2",
                "IBFT EG01HZX5K2M7Q8R9T0V1W2THANH TOAN",
                "LEGAL FEE EG01HZX5K2M7Q8R9T0V1W2"
            })
    void findsTheReferenceInANoisyRemark(String remark) {
        assertThat(references.find(remark)).contains(REFERENCE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "chuyen tien le phi ho so",
                "EGOVDN 113000006688",
                "EGOVDN 113000006688 chuyen tien le phi",
                "EG01HZX5K2M7Q8R9T0V1",
                "NGUYEN VAN LEGEND chuyen tien"
            })
    void findsNoneWhereThereIsNone(String remark) {
        assertThat(references.find(remark)).isEmpty();
    }

    @Test
    void doesNotJoinAcrossOtherPunctuation() {
        assertThat(references.find("EG01HZX5K2M7.Q8R9T0V1W2")).isEmpty();
    }

    @Test
    void prefersAWholeReferenceToAJoinedOne() {
        assertThat(references.find("EG12 34 paid EG01HZX5K2M7Q8R9T0V1W2")).contains(REFERENCE);
    }

    @Test
    void usesTheConfiguredPrefix() {
        RemarkReference hcm = new RemarkReference("hcm");

        assertThat(hcm.find("ck HCM01HZX5K2M7Q8R9T0V1W2")).contains("HCM01HZX5K2M7Q8R9T0V1W2");
        assertThat(hcm.find(REFERENCE)).isEmpty();
    }
}
