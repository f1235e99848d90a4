package vn.egov.catalogue.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsDiacriticsCaseAndDToPlainLetters() {
        assertThat(SearchText.fold("Đăng ký khai sinh")).isEqualTo("dang ky khai sinh");
        assertThat(SearchText.fold("ĐĂNG KÝ KHAI SINH")).isEqualTo("dang ky khai sinh");
        assertThat(SearchText.fold("Giấy phép  xây dựng, (nhà ở)")).isEqualTo("giay phep xay dung nha o");
    }

    @Test
    void foldsDecomposedInputLikeComposed() {
        String decomposed = Normalizer.normalize("Hộ tịch", Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo("ho tich");
    }

    @Test
    void keepsTheDotOfProcedureCodes() {
        assertThat(SearchText.fold("1.001193")).isEqualTo("1.001193");
    }

    @Test
    void expandsKnownAbbreviationsOnly() {
        Map<String, String> abbreviations = Map.of("gpxd", "giay phep xay dung");
        assertThat(SearchText.expand("gpxd nha o", abbreviations)).isEqualTo("giay phep xay dung nha o");
        assertThat(SearchText.expand("khai sinh", abbreviations)).isEqualTo("khai sinh");
    }
}
