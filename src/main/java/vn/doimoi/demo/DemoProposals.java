package vn.doimoi.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import vn.doimoi.projects.ImportedProposal;

/** The demo's proposals received on paper for the 2027 round, and the province's decision on the ordered list. */
final class DemoProposals {

    private static final String UNIVERSITY = "Trường Đại học Kinh tế Công nghiệp Long An";

    /** A proposal and the name of the organisation that sent it. */
    record OnPaper(String organisation, ImportedProposal proposal) {}

    private DemoProposals() {}

    /** Salinity warnings and eye screening go to the 2027 round; solar power waits for next year's. */
    static List<OnPaper> onPaper() {
        return List.of(
                new OnPaper(
                        UNIVERSITY,
                        new ImportedProposal(
                                "Hệ thống cảnh báo xâm nhập mặn theo thời gian thực cho vùng trồng lúa ven sông Vàm Cỏ",
                                "Xâm nhập mặn mùa khô gây thiệt hại hàng nghìn héc-ta lúa; nông dân thiếu thông tin kịp thời.",
                                "Cảnh báo độ mặn trước ít nhất 48 giờ cho 20 trạm quan trắc.",
                                "Mạng cảm biến độ mặn; phần mềm cảnh báo qua tin nhắn.",
                                "Chi cục Thủy lợi tỉnh",
                                new BigDecimal("1800000000"),
                                "DIGITAL_TRANSFORMATION")),
                new OnPaper(
                        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
                        new ImportedProposal(
                                "Ứng dụng trí tuệ nhân tạo hỗ trợ sàng lọc bệnh võng mạc đái tháo đường tại trạm y tế xã",
                                "Tỷ lệ người bệnh đái tháo đường được khám mắt định kỳ còn thấp ở tuyến xã.",
                                "Sàng lọc được cho 5.000 người bệnh tại 10 trạm y tế.",
                                "Phần mềm sàng lọc; quy trình khám tại trạm y tế.",
                                "Sở Y tế",
                                new BigDecimal("2000000000"),
                                "HEALTH")),
                new OnPaper(
                        UNIVERSITY,
                        new ImportedProposal(
                                "Mô hình điện mặt trời áp mái kết hợp lưu trữ cho hợp tác xã chế biến nông sản",
                                "Chi phí điện chiếm tỷ trọng lớn trong giá thành sơ chế nông sản.",
                                "Giảm 40% chi phí điện của hợp tác xã thí điểm.",
                                "Hệ thống 50 kWp có lưu trữ; báo cáo hiệu quả kinh tế.",
                                "Hợp tác xã Nông nghiệp Tân Thành",
                                new BigDecimal("1400000000"),
                                "GREEN_ENERGY")));
    }

    /** The decision as the province would upload it: a one-page PDF with the approved list. */
    static byte[] decisionPdf() {
        try (InputStream in = DemoProposals.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IOException("fonts/DejaVuSans.ttf");
            }
            BaseFont base = BaseFont.createFont(
                    "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            Font font = new Font(base, 12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            for (String line : List.of(
                    "ỦY BAN NHÂN DÂN TỈNH — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Số: 3120/QĐ-UBND, ngày 20 tháng 10 năm 2026",
                    "QUYẾT ĐỊNH phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2027",
                    "1. Nghiên cứu sản xuất phân bón hữu cơ vi sinh từ phụ phẩm cành thanh long (tuyển chọn).",
                    "2. Xây dựng hệ thống cảnh báo xâm nhập mặn thời gian thực (giao trực tiếp).",
                    "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH: Nguyễn Minh Lâm (dữ liệu minh họa)")) {
                document.add(new Paragraph(line, font));
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
