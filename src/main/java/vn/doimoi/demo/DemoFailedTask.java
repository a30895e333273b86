package vn.doimoi.demo;

import vn.doimoi.projects.ImportedFailedJourney;
import vn.doimoi.projects.ImportedTaskJourney;

/**
 * The demo's failed task (issue 19): approved in 2026, so under Law 93/2025/QH15; its freshwater
 * prawns did not reach the ordered yield, the acceptance found it Không đạt, and the compliance
 * assessment found that the host followed the approved procedures: the task is closed under risk
 * acceptance (art. 9) and the money spent is not recovered.
 */
final class DemoFailedTask {

    /** The title of the call part 1 runs for it, and so of the task. */
    static final String TITLE = "Thử nghiệm mô hình nuôi tôm càng xanh luân canh trên ruộng lúa vùng Đồng Tháp Mười";

    static final ImportedFailedJourney JOURNEY = new ImportedFailedJourney(
            "canbo",
            "ketoan.demo",
            "chunhiem.tom",
            new ImportedTaskJourney.Contract(
                    "09/2026/HĐ-KHCN",
                    10,
                    6,
                    3,
                    "Chủ nhiệm nộp báo cáo định kỳ 3 tháng; nhật ký ao nuôi lưu theo từng vụ."),
            new ImportedTaskJourney.Reports(
                    "Đã thả 40.000 tôm giống trên 4 ha ruộng luân canh (giai đoạn %d); nhật ký chất lượng nước đầy đủ.",
                    "Đúng nội dung thuyết minh."),
            new ImportedTaskJourney.Payments(7, "Tạm ứng đợt 1 theo hợp đồng", "UNC-2026-0512", 9, "", "", 0),
            new ImportedTaskJourney.Dossier(
                    "Báo cáo tổng hợp: năng suất tôm 310 kg/ha, thấp hơn chỉ tiêu đặt hàng 600 kg/ha do mặn xâm nhập sớm.",
                    "Tóm tắt: mô hình thực hiện đúng quy trình; đợt mặn tháng 4 làm tôm chậm lớn và hao hụt.",
                    "Tự đánh giá: sản phẩm chưa đạt chỉ tiêu năng suất.",
                    "ThS. Trần Văn Lộc: 50\nKS. Nguyễn Thị Bích: 30\nKS. Lê Minh Trí: 20"),
            "Sản phẩm không đạt chỉ tiêu năng suất tôm thương phẩm; hội đồng xếp loại Không đạt.",
            new ImportedFailedJourney.Compliance(
                    "Tổ đánh giá việc tuân thủ quy trình (Quyết định 611/QĐ-SKHCN): Phòng Quản lý khoa học,"
                            + " Phòng Kế hoạch – Tài chính",
                    "Biên bản kiểm tra định kỳ; nhật ký ao nuôi và quan trắc độ mặn; chứng từ mua giống đúng dự toán;"
                            + " số liệu quan trắc mặn của Chi cục Thủy lợi.",
                    "642/QĐ-SKHCN",
                    3));

    private DemoFailedTask() {}
}
