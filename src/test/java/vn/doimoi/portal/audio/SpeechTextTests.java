package vn.doimoi.portal.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechTextTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|không",
                "5|năm",
                "06|sáu",
                "10|mười",
                "15|mười lăm",
                "21|hai mươi mốt",
                "24|hai mươi tư",
                "54|năm mươi tư",
                "105|một trăm linh năm",
                "120|một trăm hai mươi",
                "1000|một nghìn",
                "2024|hai nghìn không trăm hai mươi tư",
                "1234567|một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy"
            })
    void numbersAreSaidInWords(String digits, String said) {
        assertThat(SpeechText.words(digits)).isEqualTo(said);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ngày 08/4/2024, Ban Thường vụ|Ngày tám tháng tư năm hai nghìn không trăm hai mươi tư, Ban Thường vụ",
                "ký 01/11/2012 tại|ký ngày một tháng mười một năm hai nghìn không trăm mười hai tại",
                "Chương trình số 54-CTr/TU về|Chương trình số năm mươi tư chương trình tỉnh ủy về",
                "Nghị định 42/2022/NĐ-CP quy định|Nghị định số bốn mươi hai năm hai nghìn không trăm hai mươi hai nghị định chính phủ quy định",
                "Sở KH&CN tỉnh|Sở khoa học và công nghệ tỉnh",
                "đạt 2% tổng chi|đạt hai phần trăm tổng chi",
                "năng suất 6,5 tấn|năng suất sáu phẩy năm tấn",
                "hỗ trợ 1.500.000 đồng|hỗ trợ một triệu năm trăm nghìn đồng"
            })
    void whatAReaderSaysDifferentlyIsWrittenOut(String text, String said) {
        assertThat(SpeechText.of(text)).isEqualTo(said);
    }
}
