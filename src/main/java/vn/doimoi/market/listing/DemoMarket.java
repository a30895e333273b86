package vn.doimoi.market.listing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ServiceKind;

/**
 * Demo offers, demands and services (profile {@code demo}) owned by the demo organisations, all
 * published, so the matching page shows something real to a new user.
 */
@Component
@Profile("demo")
@Order(40)
class DemoMarket implements ApplicationRunner {

    private final ListingRepository repository;
    private final Directory directory;
    private final Clock clock;

    DemoMarket(ListingRepository repository, Directory directory, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
    }

    record Demo(
            ListingKind kind,
            OrganisationType owner,
            String title,
            String summary,
            String problem,
            String details,
            String fieldCode,
            Integer trl,
            Set<CooperationMode> modes,
            long priceMin,
            long priceMax,
            boolean anonymous,
            ServiceKind service) {}

    static final Set<CooperationMode> LICENCE = EnumSet.of(CooperationMode.LICENCE);
    static final Set<CooperationMode> SALE = EnumSet.of(CooperationMode.SALE, CooperationMode.LICENCE);
    static final Set<CooperationMode> JOINT = EnumSet.of(CooperationMode.JOINT_RND, CooperationMode.CONSULTANCY);
    static final Set<CooperationMode> CONSULT = EnumSet.of(CooperationMode.CONSULTANCY);

    static Demo offer(
            OrganisationType owner,
            String title,
            String summary,
            String problem,
            String advantages,
            String code,
            int trl,
            Set<CooperationMode> modes,
            long min,
            long max) {
        return new Demo(
                ListingKind.OFFER, owner, title, summary, problem, advantages, code, trl, modes, min, max, false, null);
    }

    static Demo demand(
            String title,
            String summary,
            String problem,
            String requirements,
            String code,
            int trl,
            Set<CooperationMode> modes,
            long min,
            long max,
            boolean anonymous) {
        return new Demo(
                ListingKind.DEMAND,
                OrganisationType.ENTERPRISE,
                title,
                summary,
                problem,
                requirements,
                code,
                trl,
                modes,
                min,
                max,
                anonymous,
                null);
    }

    static Demo service(
            ServiceKind kind, String title, String summary, String details, String code, long min, long max) {
        return new Demo(
                ListingKind.SERVICE,
                OrganisationType.SERVICE_PROVIDER,
                title,
                summary,
                details,
                details,
                code,
                null,
                CONSULT,
                min,
                max,
                false,
                kind);
    }

    static final OrganisationType UNI = OrganisationType.UNIVERSITY;
    static final OrganisationType INST = OrganisationType.INSTITUTE;
    static final OrganisationType ENT = OrganisationType.ENTERPRISE;

    static final List<Demo> DEMOS = List.of(
            offer(
                    INST,
                    "Quy trình nhân giống chuối cấy mô quy mô 500.000 cây/năm",
                    "Quy trình nuôi cấy mô tế bào cho cây chuối già Nam Mỹ sạch bệnh, hệ số nhân cao, tỷ lệ sống ngoài vườn ươm trên 95%.",
                    "Cây giống chuối truyền thống mang bệnh héo rũ Panama, sinh trưởng không đồng đều.",
                    "Cây giống sạch bệnh, đồng đều; giá thành giảm 20% so với cây giống nhập; chuyển giao trọn gói phòng nuôi cấy.",
                    "40602",
                    8,
                    SALE,
                    450_000_000,
                    900_000_000),
            offer(
                    INST,
                    "Chế phẩm vi sinh xử lý phụ phẩm rơm rạ thành phân bón hữu cơ",
                    "Chế phẩm Trichoderma và Bacillus phân huỷ rơm rạ sau thu hoạch trong 25–30 ngày, tạo phân hữu cơ vi sinh tại ruộng.",
                    "Đốt rơm rạ gây ô nhiễm không khí, lãng phí chất hữu cơ, đất bạc màu.",
                    "Rút ngắn thời gian ủ một nửa; giảm 15% phân hoá học vụ sau; quy trình đơn giản cho hợp tác xã.",
                    "40601",
                    8,
                    LICENCE,
                    150_000_000,
                    300_000_000),
            offer(
                    UNI,
                    "Hệ thống tưới nhỏ giọt thông minh điều khiển qua điện thoại cho cây ăn trái",
                    "Bộ điều khiển tưới theo độ ẩm đất và dự báo thời tiết, dùng cảm biến không dây, ứng dụng di động tiếng Việt.",
                    "Nông dân tưới theo kinh nghiệm, tốn nước và công lao động, cây sầu riêng bị sốc nước mùa khô.",
                    "Tiết kiệm 35% nước và 50% công tưới; lắp đặt trong một ngày; bảo hành 24 tháng.",
                    "20202",
                    7,
                    SALE,
                    60_000_000,
                    180_000_000),
            offer(
                    UNI,
                    "Phần mềm truy xuất nguồn gốc nông sản theo chuẩn GS1 và mã QR",
                    "Nền tảng ghi nhật ký canh tác điện tử, cấp mã QR cho từng lô hàng theo chuẩn GS1, kết nối cổng truy xuất quốc gia.",
                    "Doanh nghiệp xuất khẩu phải chứng minh nguồn gốc nông sản, ghi chép giấy dễ sai và khó kiểm tra.",
                    "Triển khai trên điện thoại; nhật ký canh tác theo VietGAP; xuất báo cáo cho nhà nhập khẩu.",
                    "10202",
                    9,
                    LICENCE,
                    80_000_000,
                    250_000_000),
            offer(
                    INST,
                    "Công nghệ xử lý nước thải chế biến thuỷ sản bằng bể sinh học màng MBBR",
                    "Hệ thống xử lý nước thải giàu đạm và dầu mỡ từ chế biến cá tra, đạt QCVN 11-MT:2015/BTNMT cột A.",
                    "Nước thải chế biến thuỷ sản có COD, nitơ, dầu mỡ cao, hệ thống bùn hoạt tính cũ quá tải.",
                    "Diện tích xây dựng giảm 40%; chi phí vận hành 4.500 đồng/m³; vận hành tự động.",
                    "20701",
                    8,
                    SALE,
                    1_200_000_000,
                    3_500_000_000L),
            offer(
                    UNI,
                    "Công nghệ sấy lạnh bơm nhiệt cho trái cây và dược liệu",
                    "Máy sấy bơm nhiệt nhiệt độ thấp giữ màu, mùi và hoạt chất của thanh long, xoài, dược liệu.",
                    "Sấy nóng làm mất màu, vitamin và hoạt chất, sản phẩm khó đạt tiêu chuẩn xuất khẩu.",
                    "Tiết kiệm 40% điện so với sấy điện trở; giữ màu tự nhiên; công suất 100–500 kg/mẻ.",
                    "21101",
                    8,
                    SALE,
                    350_000_000,
                    1_100_000_000),
            offer(
                    INST,
                    "Quy trình sản xuất giống lúa chịu mặn OM cho vùng ven biển",
                    "Bộ giống lúa ngắn ngày chịu mặn 4‰, năng suất 6 tấn/ha, kèm quy trình canh tác giảm phát thải.",
                    "Xâm nhập mặn mùa khô làm giảm năng suất lúa vùng ven biển và Đồng Tháp Mười.",
                    "Chịu mặn 4‰ giai đoạn đẻ nhánh; gạo thơm đạt chuẩn xuất khẩu; hỗ trợ kỹ thuật ba vụ.",
                    "40101",
                    8,
                    LICENCE,
                    200_000_000,
                    500_000_000),
            offer(
                    UNI,
                    "Thiết bị cảm biến chất lượng nước ao nuôi tôm kết nối IoT",
                    "Phao cảm biến đo oxy hoà tan, pH, độ mặn, nhiệt độ, cảnh báo qua điện thoại và tự bật máy sục khí.",
                    "Tôm chết hàng loạt do thiếu oxy ban đêm, người nuôi đo thủ công thưa thớt.",
                    "Đo liên tục 24/7; tự động bật quạt nước; pin mặt trời; giảm 30% điện sục khí.",
                    "40502",
                    7,
                    SALE,
                    25_000_000,
                    90_000_000),
            offer(
                    INST,
                    "Vắc xin tự sinh phòng bệnh gan thận mủ trên cá tra",
                    "Quy trình sản xuất vắc xin bất hoạt từ chủng vi khuẩn Edwardsiella ictaluri phân lập tại địa phương.",
                    "Bệnh gan thận mủ gây hao hụt cá tra 20–30% mỗi vụ, lạm dụng kháng sinh.",
                    "Tỷ lệ bảo hộ trên 80%; giảm dùng kháng sinh; đáp ứng yêu cầu thị trường châu Âu.",
                    "40301",
                    6,
                    JOINT,
                    600_000_000,
                    1_500_000_000),
            offer(
                    UNI,
                    "Dây chuyền chế biến bánh tráng tự động tiết kiệm năng lượng",
                    "Dây chuyền tráng, hấp, sấy bánh tráng liên tục, công suất 300 kg/giờ, dùng lò hơi sinh khối.",
                    "Làng nghề bánh tráng sản xuất thủ công, năng suất thấp, khói bụi từ lò củi.",
                    "Năng suất gấp 5 lần thủ công; đạt an toàn thực phẩm; giảm 60% củi đốt.",
                    "20301",
                    7,
                    SALE,
                    900_000_000,
                    1_800_000_000),
            offer(
                    INST,
                    "Chế phẩm sinh học phòng trừ rầy nâu và sâu cuốn lá trên lúa",
                    "Chế phẩm nấm xanh Metarhizium và nấm trắng Beauveria dạng bột hoà nước, an toàn cho thiên địch.",
                    "Nông dân phun thuốc hoá học nhiều lần, rầy kháng thuốc, dư lượng cao.",
                    "Hiệu lực 75–85% sau 7 ngày; giảm 3 lần phun thuốc/vụ; bảo quản 6 tháng.",
                    "40104",
                    8,
                    LICENCE,
                    120_000_000,
                    350_000_000),
            offer(
                    UNI,
                    "Hệ thống thị giác máy phân loại trái cây theo kích cỡ và khuyết tật",
                    "Băng chuyền camera và trí tuệ nhân tạo phân loại thanh long, xoài theo kích cỡ, màu sắc, vết bệnh.",
                    "Phân loại thủ công chậm, không đồng đều, khó đáp ứng đơn hàng xuất khẩu lớn.",
                    "Năng suất 3 tấn/giờ; độ chính xác 95%; giảm 70% nhân công phân loại.",
                    "10201",
                    6,
                    JOINT,
                    1_500_000_000,
                    2_800_000_000L),
            offer(
                    INST,
                    "Công nghệ ủ phân compost từ phân chuồng bằng men vi sinh khử mùi",
                    "Quy trình ủ hiếu khí phân heo, phân bò với chế phẩm vi sinh khử mùi, thành phẩm sau 45 ngày.",
                    "Chất thải chăn nuôi gây mùi hôi, ô nhiễm nguồn nước, bị người dân phản ánh.",
                    "Giảm 80% mùi hôi; sản phẩm đạt tiêu chuẩn phân bón hữu cơ; chi phí thấp.",
                    "20801",
                    8,
                    LICENCE,
                    80_000_000,
                    200_000_000),
            offer(
                    UNI,
                    "Phần mềm quản lý sản xuất và kho cho doanh nghiệp vừa và nhỏ",
                    "Phần mềm quản lý đơn hàng, định mức nguyên vật liệu, tồn kho và truy vết lô sản xuất trên nền web.",
                    "Doanh nghiệp nhỏ quản lý bằng sổ sách và bảng tính, thất thoát vật tư, giao hàng trễ.",
                    "Triển khai trong 4 tuần; giao diện tiếng Việt; kết nối hoá đơn điện tử.",
                    "10202",
                    9,
                    LICENCE,
                    50_000_000,
                    150_000_000),
            offer(
                    INST,
                    "Quy trình sản xuất nấm bào ngư và nấm rơm trên phụ phẩm nông nghiệp",
                    "Quy trình trồng nấm trên rơm rạ, mùn cưa, bã mía với giống nấm năng suất cao.",
                    "Phụ phẩm nông nghiệp bị đốt bỏ, nông dân thiếu sinh kế mùa nông nhàn.",
                    "Hiệu suất sinh học 70%; thu hồi vốn sau 2 vụ; chuyển giao giống gốc.",
                    "40602",
                    9,
                    LICENCE,
                    30_000_000,
                    80_000_000),
            offer(
                    UNI,
                    "Vật liệu gạch không nung từ tro xỉ và bùn thải",
                    "Công thức và quy trình ép gạch block không nung từ tro bay nhiệt điện, xỉ và bùn nạo vét.",
                    "Tro xỉ và bùn thải tồn đọng chiếm diện tích, gạch nung gây ô nhiễm.",
                    "Cường độ nén M75; giá thành thấp hơn gạch nung 15%; tái chế chất thải.",
                    "20501",
                    7,
                    SALE,
                    700_000_000,
                    1_600_000_000),
            offer(
                    INST,
                    "Bộ kít phát hiện nhanh dư lượng thuốc bảo vệ thực vật trong rau",
                    "Kít thử enzym cho kết quả sau 20 phút tại chợ đầu mối và bếp ăn tập thể.",
                    "Rau quả tồn dư thuốc bảo vệ thực vật, kiểm nghiệm tại phòng thí nghiệm chậm và đắt.",
                    "Chi phí 15.000 đồng/mẫu; không cần thiết bị; độ nhạy tương đương phương pháp chuẩn.",
                    "21103",
                    8,
                    SALE,
                    40_000_000,
                    120_000_000),
            offer(
                    UNI,
                    "Hệ thống năng lượng mặt trời áp mái kết hợp lưu trữ cho trang trại",
                    "Thiết kế, tích hợp pin mặt trời và ắc quy lithium cho trang trại chăn nuôi, điều khiển thông minh.",
                    "Trang trại chăn nuôi tiêu thụ điện lớn, mất điện làm chết vật nuôi.",
                    "Giảm 50% tiền điện; cấp điện dự phòng 6 giờ; giám sát từ xa.",
                    "20201",
                    8,
                    SALE,
                    500_000_000,
                    2_000_000_000),
            offer(
                    INST,
                    "Quy trình chiết xuất tinh dầu tràm và sả quy mô hộ gia đình",
                    "Thiết bị chưng cất hơi nước cải tiến và quy trình chiết tinh dầu tràm, sả đạt chuẩn.",
                    "Tinh dầu chưng cất thủ công hiệu suất thấp, chất lượng không ổn định.",
                    "Hiệu suất tăng 25%; tiết kiệm củi; tinh dầu đạt tiêu chuẩn cơ sở.",
                    "20401",
                    8,
                    SALE,
                    90_000_000,
                    250_000_000),
            offer(
                    UNI,
                    "Ứng dụng chẩn đoán sâu bệnh lúa bằng ảnh chụp điện thoại",
                    "Ứng dụng di động nhận diện 15 loại sâu bệnh lúa từ ảnh chụp lá, gợi ý biện pháp xử lý.",
                    "Nông dân khó nhận biết sớm sâu bệnh, phun thuốc không đúng loại.",
                    "Độ chính xác 92%; chạy không cần mạng; cập nhật dữ liệu dịch hại địa phương.",
                    "10201",
                    7,
                    LICENCE,
                    100_000_000,
                    300_000_000),
            offer(
                    INST,
                    "Thức ăn lên men sinh học cho heo từ phụ phẩm chế biến",
                    "Quy trình lên men bã đậu, cám gạo, phụ phẩm thuỷ sản làm thức ăn cho heo giảm chi phí.",
                    "Giá thức ăn chăn nuôi tăng cao, phụ phẩm chế biến bị bỏ phí.",
                    "Giảm 20% chi phí thức ăn; tăng sức đề kháng; giảm mùi chuồng trại.",
                    "40201",
                    7,
                    LICENCE,
                    70_000_000,
                    180_000_000),
            offer(
                    UNI,
                    "Máy bóc vỏ và tách hạt điều bán tự động",
                    "Máy cắt tách vỏ hạt điều dùng dao định hình và cảm biến cỡ hạt, công suất 200 kg/giờ.",
                    "Bóc vỏ điều thủ công độc hại do dầu vỏ, tỷ lệ vỡ nhân cao.",
                    "Tỷ lệ nhân nguyên trên 85%; an toàn cho người lao động; một người vận hành.",
                    "20302",
                    7,
                    SALE,
                    250_000_000,
                    600_000_000),
            offer(
                    INST,
                    "Quy trình nuôi tôm thẻ chân trắng tuần hoàn ít thay nước",
                    "Mô hình nuôi tôm hai giai đoạn trong ao lót bạt, lọc tuần hoàn và biofloc.",
                    "Nuôi tôm truyền thống dịch bệnh cao, xả thải ra môi trường.",
                    "Năng suất 25 tấn/ha/vụ; giảm 70% nước thay; giảm dịch bệnh.",
                    "40502",
                    8,
                    JOINT,
                    300_000_000,
                    800_000_000),
            offer(
                    UNI,
                    "Bao bì sinh học phân huỷ từ tinh bột khoai mì",
                    "Công thức màng và khay sinh học từ tinh bột khoai mì và phụ gia tự nhiên, phân huỷ trong 6 tháng.",
                    "Bao bì nhựa dùng một lần gây ô nhiễm, thị trường xuất khẩu yêu cầu bao bì xanh.",
                    "Phân huỷ sinh học hoàn toàn; chịu nước 48 giờ; dùng dây chuyền ép hiện có.",
                    "20503",
                    5,
                    JOINT,
                    800_000_000,
                    2_000_000_000),
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

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        Map<OrganisationType, List<UUID>> owners = directory.organisations().stream()
                .collect(Collectors.groupingBy(
                        OrganisationSummary::type, Collectors.mapping(OrganisationSummary::id, Collectors.toList())));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(Listings.VIETNAM));
        int i = 0;
        for (Demo demo : DEMOS) {
            Optional<UUID> owner = ownerFor(owners, demo.owner(), i);
            if (owner.isEmpty()) {
                continue;
            }
            ListingContent content = new ListingContent(
                    demo.title(),
                    demo.summary(),
                    demo.problem(),
                    demo.kind() == ListingKind.OFFER ? demo.details() : null,
                    null,
                    demo.kind() == ListingKind.DEMAND ? demo.details() : null,
                    demo.kind() == ListingKind.DEMAND ? "6–12 tháng" : null,
                    demo.trl(),
                    demo.kind() == ListingKind.OFFER ? (i % 3 == 0 ? IpStatus.PATENT : IpStatus.KNOW_HOW) : null,
                    demo.service(),
                    BigDecimal.valueOf(demo.priceMin()),
                    BigDecimal.valueOf(demo.priceMax()),
                    "Tây Ninh",
                    today.plusDays(30 + (i * 17) % 200),
                    demo.anonymous(),
                    Set.of(demo.fieldCode()),
                    demo.modes());
            Instant created = now.minusSeconds(86_400L * ((i * 7) % 60));
            Listing listing = new Listing(demo.kind(), owner.get(), content, created);
            listing.submit(ScreeningResult.CLEAR, created);
            listing.publish(today, created);
            repository.save(listing);
            i++;
        }
    }

    private static Optional<UUID> ownerFor(Map<OrganisationType, List<UUID>> owners, OrganisationType type, int i) {
        List<UUID> candidates = owners.getOrDefault(type, List.of());
        if (candidates.isEmpty()) {
            candidates = owners.getOrDefault(
                    type == OrganisationType.UNIVERSITY ? OrganisationType.INSTITUTE : OrganisationType.UNIVERSITY,
                    List.of());
        }
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(i % candidates.size()));
    }
}
