package vn.doimoi.traceability.gs1;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why GS1 data was refused: a stable machine {@link #code()} for APIs and logs, and the sentence
 * a Vietnamese user reads. The sentences avoid apostrophes because they go through MessageFormat.
 */
public enum Gs1Problem {
    EMPTY("Dữ liệu GS1 trống"),
    SCHEME("Đường dẫn Digital Link phải bắt đầu bằng http:// hoặc https://"),
    HOST("Tên miền của đường dẫn Digital Link không hợp lệ"),
    ILLEGAL_CHARACTER("Đường dẫn chứa ký tự không được phép: {0}"),
    NO_PRIMARY_KEY("Đường dẫn không chứa mã khoá chính GS1 (ví dụ /01/ và GTIN 14 chữ số)"),
    TRAILING_SLASH("Đường dẫn Digital Link không được kết thúc bằng dấu /"),
    EMPTY_VALUE("Giá trị của AI ({0}) bị trống"),
    NUL_CHARACTER("Giá trị của AI ({0}) chứa ký tự rỗng %00"),
    UNKNOWN_AI("AI ({0}) không có trong từ điển cú pháp GS1"),
    BAD_QUALIFIER("AI ({0}) không phải mã định danh phụ hợp lệ sau ({1}), hoặc sai thứ tự"),
    DUPLICATE_AI("AI ({0}) xuất hiện nhiều lần"),
    BELONGS_IN_PATH("AI ({0}) phải nằm trong phần đường dẫn, không được đặt trong tham số truy vấn"),
    NOT_A_DATA_ATTRIBUTE("AI ({0}) không được dùng làm thuộc tính dữ liệu của Digital Link"),
    CONFLICTING_VALUES("AI ({0}) có hai giá trị khác nhau"),
    BAD_FORMAT("Giá trị {1} của AI ({0}) sai định dạng: cần {2}"),
    BAD_CHECK_DIGIT("Số kiểm tra của {0} không đúng: {1}"),
    BAD_CONTENT("Giá trị {1} của AI ({0}) không hợp lệ ({2})"),
    BAD_ELEMENT_STRING("Chuỗi dữ liệu GS1 không hợp lệ: {0}"),
    BAD_COMPRESSION("Đường dẫn Digital Link nén không giải nén được"),
    NOT_AN_IDENTIFIER("Không phải URN EPC hay đường dẫn GS1 Digital Link: {0}");

    private final String vietnamese;

    Gs1Problem(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** A stable lower-case code, e.g. {@code bad-check-digit}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The sentence in Vietnamese with its details filled in. */
    public String describe(Object... details) {
        return new MessageFormat(vietnamese, Locale.forLanguageTag("vi")).format(details);
    }
}
