package vn.doimoi.demo;

import static vn.doimoi.demo.DemoListing.JOINT;
import static vn.doimoi.demo.DemoListing.LICENCE;
import static vn.doimoi.demo.DemoListing.SALE;
import static vn.doimoi.demo.DemoListing.demand;
import static vn.doimoi.demo.DemoListing.service;

import java.util.List;
import vn.doimoi.market.ServiceKind;

/** The demo's technology demands (of the demo enterprise) and services (of the demo consultancy). */
final class DemoDemandsAndServices {

    static final List<DemoListing> ALL = List.of(
            // demands
            demand(
                    "Xử lý nước thải chế biến thuỷ sản đạt QCVN 11-MT:2015/BTNMT",
                    "Nhà máy chế biến cá tra cần công nghệ xử lý nước thải 800 m³/ngày đạt cột A.",
                    "Nước thải chế biến cá tra có COD và nitơ cao, hệ thống hiện tại quá tải, bị nhắc nhở về môi trường.",
                    "Công suất 800 m³/ngày; đạt QCVN 11-MT:2015/BTNMT cột A; diện tích xây dựng tối đa 600 m²; vận hành tự động.",
                    "20701",
                    7,
                    SALE,
                    1_000_000_000,
                    3_000_000_000L,
                    true),
            demand(
                    "Cây giống chuối sạch bệnh cho vùng trồng 200 ha",
                    "Hợp tác xã cần nguồn cây giống chuối cấy mô sạch bệnh héo rũ với số lượng lớn.",
                    "Vườn chuối bị bệnh héo rũ Panama, cây giống tách chồi truyền thống lây bệnh.",
                    "400.000 cây giống/năm; sạch bệnh có chứng nhận; hướng dẫn kỹ thuật trồng.",
                    "40602",
                    7,
                    SALE,
                    300_000_000,
                    800_000_000,
                    false),
            demand(
                    "Sấy trái cây giữ màu tự nhiên cho sản phẩm xuất khẩu",
                    "Doanh nghiệp cần thiết bị sấy thanh long, xoài giữ màu và hương vị cho thị trường Nhật Bản.",
                    "Sản phẩm sấy nóng bị sẫm màu, mất hương, bị đối tác trả hàng.",
                    "Công suất 300 kg tươi/mẻ; độ ẩm thành phẩm dưới 12%; giữ màu tự nhiên; tiết kiệm điện.",
                    "21101",
                    7,
                    SALE,
                    400_000_000,
                    1_200_000_000,
                    false),
            demand(
                    "Giám sát oxy hoà tan ao nuôi tôm tự động",
                    "Trang trại nuôi tôm 20 ha cần hệ thống đo chất lượng nước liên tục và tự bật máy sục khí.",
                    "Tôm chết do thiếu oxy ban đêm, đo thủ công không kịp thời.",
                    "Đo oxy hoà tan, pH, nhiệt độ liên tục; cảnh báo qua điện thoại; điều khiển quạt nước.",
                    "40502",
                    6,
                    SALE,
                    50_000_000,
                    300_000_000,
                    false),
            demand(
                    "Xử lý rơm rạ sau thu hoạch thay cho đốt đồng",
                    "Hợp tác xã lúa cần giải pháp xử lý rơm rạ tại ruộng thành phân hữu cơ.",
                    "Đốt rơm rạ gây khói bụi, bị chính quyền cấm, đất ngày càng bạc màu.",
                    "Phân huỷ rơm trong dưới 30 ngày; dễ áp dụng cho hộ nông dân; chi phí thấp.",
                    "40601",
                    6,
                    LICENCE,
                    50_000_000,
                    250_000_000,
                    false),
            demand(
                    "Truy xuất nguồn gốc cho lô hàng sầu riêng xuất khẩu",
                    "Doanh nghiệp xuất khẩu cần hệ thống cấp mã QR truy xuất nguồn gốc theo mã vùng trồng.",
                    "Thị trường nhập khẩu yêu cầu mã vùng trồng và nhật ký canh tác, ghi chép giấy dễ sai.",
                    "Mã QR theo chuẩn GS1; nhật ký canh tác điện tử; báo cáo theo lô; dùng trên điện thoại.",
                    "10202",
                    8,
                    LICENCE,
                    50_000_000,
                    200_000_000,
                    false),
            demand(
                    "Giảm mùi hôi chuồng trại chăn nuôi heo",
                    "Trang trại 3.000 heo cần công nghệ xử lý phân và khử mùi để không ảnh hưởng khu dân cư.",
                    "Mùi hôi và nước thải chăn nuôi bị người dân phản ánh, nguy cơ phải di dời.",
                    "Giảm mùi hôi rõ rệt; tận dụng phân làm phân bón; chi phí vận hành thấp.",
                    "20801",
                    6,
                    LICENCE,
                    100_000_000,
                    400_000_000,
                    true),
            demand(
                    "Phân loại xoài tự động theo kích cỡ và vết bệnh",
                    "Cơ sở đóng gói cần máy phân loại xoài để đáp ứng đơn hàng xuất khẩu lớn.",
                    "Phân loại thủ công chậm, sai lệch, tốn nhiều nhân công mùa cao điểm.",
                    "Năng suất 2 tấn/giờ; phân loại theo trọng lượng, màu và vết bệnh ngoài vỏ.",
                    "10201",
                    6,
                    JOINT,
                    1_000_000_000,
                    2_500_000_000L,
                    false),
            demand(
                    "Tái chế tro xỉ lò hơi thành vật liệu xây dựng",
                    "Nhà máy cần giải pháp tái chế 20 tấn tro xỉ lò hơi mỗi tháng.",
                    "Tro xỉ lò hơi đốt trấu tồn đọng, tốn chi phí thu gom và xử lý.",
                    "Tận dụng trên 50% tro xỉ; sản phẩm đạt tiêu chuẩn xây dựng; đầu tư dưới 2 tỷ đồng.",
                    "20501",
                    6,
                    SALE,
                    500_000_000,
                    2_000_000_000,
                    false),
            // services
            service(
                    ServiceKind.BROKERAGE,
                    "Môi giới, kết nối cung cầu công nghệ nông nghiệp",
                    "Tìm kiếm công nghệ phù hợp nhu cầu doanh nghiệp, tổ chức kết nối và đàm phán chuyển giao.",
                    "Khảo sát nhu cầu, tìm nguồn công nghệ trong và ngoài nước, hỗ trợ đàm phán hợp đồng chuyển giao công nghệ.",
                    "40101",
                    20_000_000,
                    150_000_000),
            service(
                    ServiceKind.VALUATION,
                    "Định giá công nghệ và tài sản trí tuệ",
                    "Định giá công nghệ, sáng chế để góp vốn, chuyển nhượng theo tiêu chuẩn thẩm định giá tài sản vô hình.",
                    "Định giá theo cách tiếp cận thị trường, chi phí và thu nhập; chứng thư thẩm định giá.",
                    "50201",
                    30_000_000,
                    200_000_000),
            service(
                    ServiceKind.INTELLECTUAL_PROPERTY,
                    "Đăng ký sáng chế, nhãn hiệu và chỉ dẫn địa lý",
                    "Tư vấn xác lập quyền sở hữu trí tuệ cho kết quả nghiên cứu và sản phẩm nông sản đặc sản.",
                    "Tra cứu, soạn đơn, theo dõi đơn sáng chế, giải pháp hữu ích, nhãn hiệu tập thể.",
                    "50501",
                    5_000_000,
                    60_000_000),
            service(
                    ServiceKind.CONSULTING,
                    "Tư vấn đăng ký hợp đồng chuyển giao công nghệ",
                    "Soạn hợp đồng chuyển giao công nghệ và hồ sơ đăng ký theo Luật Chuyển giao công nghệ.",
                    "Rà soát điều khoản, lập hồ sơ đăng ký, theo dõi đến khi có giấy chứng nhận.",
                    "50501",
                    10_000_000,
                    50_000_000),
            service(
                    ServiceKind.TESTING,
                    "Thử nghiệm chất lượng nước thải và nông sản",
                    "Phân tích chỉ tiêu nước thải, dư lượng thuốc bảo vệ thực vật, kim loại nặng theo QCVN.",
                    "Phòng thử nghiệm được công nhận; lấy mẫu tại hiện trường; trả kết quả trong 5 ngày.",
                    "20701",
                    2_000_000,
                    30_000_000),
            service(
                    ServiceKind.STANDARDS_METROLOGY_QUALITY,
                    "Tư vấn áp dụng ISO 22000 và HACCP",
                    "Tư vấn hệ thống quản lý an toàn thực phẩm cho cơ sở chế biến nông sản, thuỷ sản.",
                    "Đánh giá hiện trạng, xây dựng tài liệu, đào tạo và đánh giá nội bộ.",
                    "21101",
                    40_000_000,
                    150_000_000));

    private DemoDemandsAndServices() {}
}
