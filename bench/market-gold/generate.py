#!/usr/bin/env python3
"""Writes the marketplace gold set (demands, offers, graded judgements) from templates.

Each topic is one concrete technology problem of the province's economy. For every topic the
script writes one demand and five offers whose grades follow rules fixed before any tuning:
  3  the same problem, TRL at least the demand's minimum, a cooperation mode the demand accepts
  2  the same problem, usable, but another mode or above the budget
  1  the same problem below the required TRL, or a neighbouring problem of the same sector
  0  everything else (the other topics' offers and the generic distractors)
Two distractors per topic reuse the generic words of technology listings ("công nghệ",
"hệ thống", "sản xuất", the topic's sector name) without the problem itself.
Run: python3 bench/market-gold/generate.py   (deterministic; seed 54)
"""
import csv, random, os
random.seed(54)
HERE = os.path.dirname(os.path.abspath(__file__))

# code, problem (short noun phrase), object, extra words for requirements, neighbour problem
TOPICS = [
 ("20701","xử lý nước thải chế biến thuỷ sản","nước thải cá tra","COD, nitơ, dầu mỡ, QCVN 11-MT:2015/BTNMT","xử lý bùn thải nhà máy thuỷ sản"),
 ("20702","xử lý khí thải lò hơi đốt trấu","khí thải lò hơi","bụi, SO2, QCVN 19:2009/BTNMT","thu hồi nhiệt khói thải lò hơi"),
 ("20801","xử lý chất thải chăn nuôi heo","phân heo và nước thải chuồng trại","mùi hôi, biogas, phân compost","sản xuất phân hữu cơ từ phân bò"),
 ("40101","giống lúa chịu mặn","lúa vùng ven biển","chịu mặn 4‰, năng suất 6 tấn/ha","giống lúa chịu hạn"),
 ("40102","canh tác lúa giảm phát thải","ruộng lúa tưới ướt khô xen kẽ","giảm khí mê-tan, tiết kiệm nước","bón phân vùi dúi cho lúa"),
 ("40104","phòng trừ rầy nâu trên lúa","rầy nâu","chế phẩm sinh học, nấm xanh Metarhizium","phòng trừ sâu cuốn lá nhỏ"),
 ("40105","tưới nhỏ giọt cho cây sầu riêng","vườn sầu riêng","cảm biến độ ẩm đất, điều khiển qua điện thoại","tưới phun mưa cho vườn bưởi"),
 ("40106","xử lý ra hoa trái vụ cho thanh long","thanh long","chiếu sáng đèn LED, ra hoa nghịch vụ","bao trái thanh long chống sâu"),
 ("40107","nhân giống chuối cấy mô","cây chuối già Nam Mỹ","sạch bệnh héo rũ Panama, hệ số nhân cao","nhân giống dứa cấy mô"),
 ("40108","trồng nấm rơm trên phụ phẩm","nấm rơm","giá thể rơm rạ, năng suất sinh học","trồng nấm bào ngư trên mùn cưa"),
 ("40109","xử lý rơm rạ thành phân hữu cơ","rơm rạ sau thu hoạch","chế phẩm Trichoderma, phân huỷ 30 ngày","ủ phân từ vỏ cà phê"),
 ("40110","bảo quản xoài sau thu hoạch","xoài cát Hoà Lộc","màng bao ăn được, kéo dài 21 ngày","bảo quản bưởi da xanh"),
 ("40111","sản xuất rau thuỷ canh trong nhà màng","rau ăn lá thuỷ canh","dung dịch dinh dưỡng, nhà màng","trồng dưa lưới trên giá thể"),
 ("40112","kiểm soát bệnh vàng lá thối rễ cây có múi","cây cam, bưởi","nấm Fusarium, tuyến trùng","phòng bệnh thán thư trên xoài"),
 ("40201","thức ăn lên men cho heo","heo thịt","lên men vi sinh, bã đậu, cám gạo","thức ăn ủ chua cho bò"),
 ("40202","chăn nuôi gà thả vườn an toàn sinh học","gà thả vườn","vắc xin, chuồng trại, men tiêu hoá","nuôi vịt chạy đồng"),
 ("40203","vỗ béo bò thịt bằng thức ăn thô xanh","bò thịt","cỏ VA06, ủ chua thân bắp","nuôi dê lấy sữa"),
 ("40301","vắc xin phòng bệnh gan thận mủ cá tra","cá tra","vi khuẩn Edwardsiella ictaluri, tỷ lệ bảo hộ","phòng bệnh xuất huyết trên cá tra"),
 ("40302","chẩn đoán nhanh bệnh dịch tả heo châu Phi","heo","kít xét nghiệm PCR nhanh tại trại","chẩn đoán bệnh lở mồm long móng"),
 ("40501","ương giống cá lóc","cá lóc","thức ăn công nghiệp, tỷ lệ sống","ương giống cá rô đồng"),
 ("40502","giám sát oxy hoà tan ao nuôi tôm","ao nuôi tôm thẻ","cảm biến oxy, pH, độ mặn, tự bật quạt nước","lọc tuần hoàn ao nuôi tôm"),
 ("40503","nuôi tôm càng xanh luân canh trên ruộng lúa","tôm càng xanh","mô hình lúa – tôm, mật độ thả","nuôi cua đồng trong ruộng lúa"),
 ("40601","chế phẩm vi sinh cố định đạm","đất trồng lúa","vi khuẩn cố định đạm, giảm phân urê","chế phẩm vi sinh phân giải lân"),
 ("40602","nuôi cấy mô lan hồ điệp","lan hồ điệp","môi trường nuôi cấy, ra rễ","nuôi cấy mô cây sen"),
 ("21101","sấy lạnh trái cây xuất khẩu","thanh long, xoài sấy","bơm nhiệt, giữ màu tự nhiên, độ ẩm dưới 12%","sấy phun bột trái cây"),
 ("21102","chế biến nước mắm ngắn ngày","nước mắm","enzym thuỷ phân, độ đạm","chế biến mắm cá linh"),
 ("21103","phát hiện nhanh dư lượng thuốc bảo vệ thực vật","rau quả","kít enzym, kết quả 20 phút","phát hiện nhanh hàn the trong thực phẩm"),
 ("21104","sản xuất bánh tráng tự động","bánh tráng","tráng, hấp, sấy liên tục, 300 kg/giờ","sản xuất bún tươi tự động"),
 ("21105","chế biến mật hoa dừa","mật hoa dừa","cô đặc chân không, chỉ số đường huyết thấp","chế biến thạch dừa"),
 ("21106","lên men rượu vang trái cây","vang thanh long","nấm men chọn lọc, lọc trong","sản xuất giấm trái cây"),
 ("20301","máy bóc vỏ hạt điều","hạt điều thô","tách vỏ, tỷ lệ nhân nguyên trên 85%","máy phân loại nhân điều"),
 ("20302","máy gặt đập liên hợp cho ruộng lầy","ruộng lúa lầy thụt","bánh xích, tổn thất dưới 2%","máy cấy lúa theo khay"),
 ("20303","máy sấy lúa tầng sôi","lúa sau thu hoạch","sấy tầng sôi, buồng đốt trấu","kho bảo quản lúa kín"),
 ("20201","năng lượng mặt trời áp mái cho trang trại","trang trại chăn nuôi","pin mặt trời, ắc quy lithium, dự phòng 6 giờ","đèn năng lượng mặt trời chiếu sáng đường"),
 ("20202","điều khiển nhà kính bằng IoT","nhà kính trồng rau","cảm biến nhiệt độ, độ ẩm, tự động che nắng","giám sát kho lạnh qua mạng"),
 ("10201","phân loại trái cây bằng thị giác máy","xoài, thanh long","camera, trí tuệ nhân tạo, 3 tấn/giờ","đếm cá giống bằng camera"),
 ("10202","truy xuất nguồn gốc nông sản bằng mã QR","lô hàng nông sản","chuẩn GS1, nhật ký canh tác điện tử","quản lý mã vùng trồng"),
 ("10203","chẩn đoán sâu bệnh lúa qua ảnh điện thoại","lá lúa","học sâu, nhận diện 15 loại sâu bệnh","dự báo dịch hại bằng dữ liệu thời tiết"),
 ("10204","phần mềm quản lý kho cho doanh nghiệp nhỏ","kho vật tư","tồn kho, lô sản xuất, hoá đơn điện tử","phần mềm bán hàng đa kênh"),
 ("20501","gạch không nung từ tro xỉ","tro xỉ lò hơi","ép block, cường độ M75","bê tông nhẹ từ phế thải xây dựng"),
 ("20502","bao bì sinh học từ tinh bột khoai mì","khay và màng bao gói","phân huỷ sinh học 6 tháng","ống hút từ cỏ bàng"),
 ("20401","chiết xuất tinh dầu tràm","lá tràm","chưng cất hơi nước, hiệu suất","chiết xuất tinh dầu sả chanh"),
 ("20402","sản xuất than sinh học từ vỏ trấu","vỏ trấu","nhiệt phân yếm khí, cải tạo đất","viên nén nhiên liệu từ mùn cưa"),
 ("30301","chiết xuất cao dược liệu từ cây chùm ngây","lá chùm ngây","chiết xuất ethanol, chuẩn hoá hoạt chất","bào chế trà túi lọc dược liệu"),
 ("30302","bào chế viên nang từ nghệ nano","nghệ vàng","curcumin nano, sinh khả dụng","bào chế cao gừng"),
]
MODES = ["LICENCE","SALE","CAPITAL_CONTRIBUTION","JOINT_RND","CONSULTANCY"]
OWNERS_VERBS = ["Quy trình","Công nghệ","Hệ thống","Thiết bị","Giải pháp"]
ADV = ["tiết kiệm 30% chi phí vận hành","năng suất tăng gấp đôi","đạt tiêu chuẩn xuất khẩu","vận hành đơn giản cho hợp tác xã","giảm 40% năng lượng","đã ứng dụng tại 5 cơ sở trong tỉnh"]
GENERIC = ["công nghệ mới","hệ thống tự động","dây chuyền sản xuất","giải pháp tiết kiệm","quy trình chuẩn hoá","nâng cao năng suất"]

offers, demands, qrels = [], [], []
def oid(): return f"O{len(offers)+1:04d}"
budgets = {}
for t, (code, problem, obj, req, neighbour) in enumerate(TOPICS):
    did = f"D{t+1:03d}"
    min_trl = random.choice([5,6,6,7])
    mode = random.choice(["LICENCE","SALE","JOINT_RND"])
    bmin = random.choice([100,200,300,500]) * 1_000_000
    bmax = bmin * random.choice([3,4,5])
    demands.append(dict(id=did, title=f"Cần công nghệ {problem}", summary=f"Doanh nghiệp cần giải pháp {problem} cho {obj}.",
        problem=f"Hiện nay {obj} gặp khó khăn, cần {problem} để giảm chi phí và đáp ứng thị trường.",
        details=f"Yêu cầu: {req}; áp dụng được tại tỉnh.", code=code, trl=min_trl, modes=mode, price_min=bmin, price_max=bmax))
    def add(title, summary, problem_text, adv, ocode, trl, modes, pmin, pmax, grade):
        i = oid()
        offers.append(dict(id=i, title=title, summary=summary, problem=problem_text, details=adv, code=ocode, trl=trl,
            modes=modes, price_min=pmin, price_max=pmax))
        if grade > 0: qrels.append((did, i, grade))
    verb = OWNERS_VERBS
    # grade 3: two fitting offers with different wording
    add(f"{random.choice(verb)} {problem}", f"Chuyển giao {problem} cho {obj}, {random.choice(ADV)}.",
        f"Giải quyết {problem}.", f"Ưu điểm: {random.choice(ADV)}; {req}.", code, min(9, min_trl + random.choice([1,2])),
        f"{mode},CONSULTANCY", bmin, bmin * 2, 3)
    add(f"Giải pháp cho {obj}: {problem}", f"{problem.capitalize()} đã kiểm chứng thực tế, {random.choice(ADV)}.",
        f"Áp dụng cho {obj}.", f"{req}; {random.choice(ADV)}.", code, min(9, min_trl + 1), mode, bmin // 2, bmin * 3, 3)
    # grade 2: right problem, another mode and over the budget
    other_mode = random.choice([m for m in MODES if m != mode and m != "CONSULTANCY"])
    add(f"{random.choice(verb)} {problem} quy mô lớn", f"Dây chuyền {problem} công suất lớn cho {obj}.",
        f"{problem.capitalize()} quy mô công nghiệp.", f"{req}.", code, min(9, min_trl + 1), other_mode, bmax * 2, bmax * 4, 2)
    # grade 1: right problem, still in the laboratory
    add(f"Nghiên cứu {problem} (thử nghiệm)", f"Kết quả nghiên cứu bước đầu về {problem} trong phòng thí nghiệm.",
        f"Mô hình thử nghiệm {problem}.", f"Cần hoàn thiện thêm.", code, max(1, min_trl - 3), "JOINT_RND", 0, bmin, 1)
    # grade 1: neighbouring problem of the same sector
    add(f"{random.choice(verb)} {neighbour}", f"Chuyển giao {neighbour}, {random.choice(ADV)}.",
        f"Giải quyết {neighbour}.", f"{random.choice(ADV)}.", code[:3] + "99", 8, mode, bmin, bmin * 2, 1)
    # two distractors with the generic words of listings and the sector, not the problem
    for _ in range(2):
        g = random.sample(GENERIC, 2)
        add(f"{g[0].capitalize()} {g[1]} cho doanh nghiệp", f"{g[0].capitalize()}, {g[1]}, {random.choice(ADV)}.",
            f"Nâng cao hiệu quả sản xuất.", f"{random.choice(ADV)}.", code[:3] + "98", 8, mode, bmin, bmin * 2, 0)
# pad to at least 400 offers with further distractors from random topics' neighbour problems
while len(offers) < 420:
    code, problem, obj, req, neighbour = random.choice(TOPICS)
    g = random.choice(GENERIC)
    offers.append(dict(id=oid(), title=f"{g.capitalize()} trong {neighbour}", summary=f"{g.capitalize()} áp dụng cho {neighbour}.",
        problem=f"Cải tiến {neighbour}.", details=random.choice(ADV), code=code[:3] + "97", trl=random.randint(4, 9),
        modes=random.choice(MODES), price_min=100_000_000, price_max=900_000_000))

def write(name, rows, fields):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, delimiter="\t")
        w.writeheader(); w.writerows(rows)
F = ["id","title","summary","problem","details","code","trl","modes","price_min","price_max"]
write("offers.tsv", offers, F)
write("demands.tsv", demands, F)
with open(os.path.join(HERE, "qrels.tsv"), "w", encoding="utf-8") as f:
    f.write("demand\toffer\tgrade\n")
    for d, o, g in qrels: f.write(f"{d}\t{o}\t{g}\n")
print(len(demands), "demands,", len(offers), "offers,", len(qrels), "judgements")
