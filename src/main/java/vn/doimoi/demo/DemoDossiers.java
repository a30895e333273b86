package vn.doimoi.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import vn.doimoi.projects.DossierData;

/** The demo's dossiers: one thuyết minh for every call, the first applicant asking a little more. */
final class DemoDossiers {

    private DemoDossiers() {}

    /** The {@code n}-th applicant's dossier for a call. */
    static DossierData dossier(UUID principalInvestigator, int n) {
        return new DossierData(
                principalInvestigator,
                List.of(),
                List.of(),
                "Làm chủ công nghệ và tạo sản phẩm đạt các chỉ tiêu đặt hàng.",
                "Nội dung 1: khảo sát, đánh giá hiện trạng. Nội dung 2: nghiên cứu, hoàn thiện công nghệ."
                        + " Nội dung 3: xây dựng mô hình trình diễn và chuyển giao.",
                "Thí nghiệm đồng ruộng có đối chứng, phân tích thống kê; kế thừa kết quả đã công bố.",
                "Tháng 1–6: khảo sát; tháng 7–18: nghiên cứu; tháng 19–24: mô hình và nghiệm thu.",
                24,
                budget(n));
    }

    /** The {@code n}-th applicant's budget lines, whole VND. */
    static List<DossierData.Line> budget(int n) {
        return List.of(
                new DossierData.Line(
                        "Thuê khoán chuyên môn", new BigDecimal(n == 0 ? "620000000" : "580000000"), BigDecimal.ZERO),
                new DossierData.Line(
                        "Nguyên vật liệu, năng lượng", new BigDecimal("310000000"), new BigDecimal("150000000")),
                new DossierData.Line("Chi khác", new BigDecimal("90000000"), new BigDecimal("20000000")));
    }
}
