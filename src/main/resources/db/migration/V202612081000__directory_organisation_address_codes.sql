-- Addresses as codes of the official list of provinces and communes (issue 19, ADR 0052).
-- An organisation keeps the codes of its province and commune and the day its address was
-- recorded: before 1/7/2025 the codes are those of the 63 provinces (Long An was 80), from then of
-- the 34 provinces of Resolution 202/2025/QH15 (Tây Ninh is 80). The province and commune columns
-- keep names: the current province (the search facet) and the commune as recorded.
ALTER TABLE directory.organisation
  ADD COLUMN province_code        VARCHAR(2),
  ADD COLUMN commune_code         VARCHAR(5),
  ADD COLUMN address_recorded_on  DATE;

-- Rows typed before the list existed: their address was recorded the day the row was made.
UPDATE directory.organisation
   SET address_recorded_on = (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;

-- Their province's name, as typed, becomes the code of the list of that day where it matches
-- (with or without "Tỉnh" / "Thành phố"); a name that matches nothing stays as text.
WITH current_province(code, name) AS (VALUES
  ('01', 'Hà Nội'),
  ('04', 'Cao Bằng'),
  ('08', 'Tuyên Quang'),
  ('11', 'Điện Biên'),
  ('12', 'Lai Châu'),
  ('14', 'Sơn La'),
  ('15', 'Lào Cai'),
  ('19', 'Thái Nguyên'),
  ('20', 'Lạng Sơn'),
  ('22', 'Quảng Ninh'),
  ('24', 'Bắc Ninh'),
  ('25', 'Phú Thọ'),
  ('31', 'Hải Phòng'),
  ('33', 'Hưng Yên'),
  ('37', 'Ninh Bình'),
  ('38', 'Thanh Hóa'),
  ('40', 'Nghệ An'),
  ('42', 'Hà Tĩnh'),
  ('44', 'Quảng Trị'),
  ('46', 'Huế'),
  ('48', 'Đà Nẵng'),
  ('51', 'Quảng Ngãi'),
  ('52', 'Gia Lai'),
  ('56', 'Khánh Hòa'),
  ('66', 'Đắk Lắk'),
  ('68', 'Lâm Đồng'),
  ('75', 'Đồng Nai'),
  ('79', 'Hồ Chí Minh'),
  ('80', 'Tây Ninh'),
  ('82', 'Đồng Tháp'),
  ('86', 'Vĩnh Long'),
  ('91', 'An Giang'),
  ('92', 'Cần Thơ'),
  ('96', 'Cà Mau')
)
UPDATE directory.organisation o
   SET province_code = p.code
  FROM current_province p
 WHERE o.address_recorded_on >= DATE '2025-07-01'
   AND lower(regexp_replace(trim(o.province), '^(Tỉnh|Thành phố) ', '', 'i')) = lower(p.name);

WITH former_province(code, name) AS (VALUES
  ('01', 'Hà Nội'),
  ('02', 'Hà Giang'),
  ('04', 'Cao Bằng'),
  ('06', 'Bắc Kạn'),
  ('08', 'Tuyên Quang'),
  ('10', 'Lào Cai'),
  ('11', 'Điện Biên'),
  ('12', 'Lai Châu'),
  ('14', 'Sơn La'),
  ('15', 'Yên Bái'),
  ('17', 'Hoà Bình'),
  ('19', 'Thái Nguyên'),
  ('20', 'Lạng Sơn'),
  ('22', 'Quảng Ninh'),
  ('24', 'Bắc Giang'),
  ('25', 'Phú Thọ'),
  ('26', 'Vĩnh Phúc'),
  ('27', 'Bắc Ninh'),
  ('30', 'Hải Dương'),
  ('31', 'Hải Phòng'),
  ('33', 'Hưng Yên'),
  ('34', 'Thái Bình'),
  ('35', 'Hà Nam'),
  ('36', 'Nam Định'),
  ('37', 'Ninh Bình'),
  ('38', 'Thanh Hóa'),
  ('40', 'Nghệ An'),
  ('42', 'Hà Tĩnh'),
  ('44', 'Quảng Bình'),
  ('45', 'Quảng Trị'),
  ('46', 'Thừa Thiên Huế'),
  ('48', 'Đà Nẵng'),
  ('49', 'Quảng Nam'),
  ('51', 'Quảng Ngãi'),
  ('52', 'Bình Định'),
  ('54', 'Phú Yên'),
  ('56', 'Khánh Hòa'),
  ('58', 'Ninh Thuận'),
  ('60', 'Bình Thuận'),
  ('62', 'Kon Tum'),
  ('64', 'Gia Lai'),
  ('66', 'Đắk Lắk'),
  ('67', 'Đắk Nông'),
  ('68', 'Lâm Đồng'),
  ('70', 'Bình Phước'),
  ('72', 'Tây Ninh'),
  ('74', 'Bình Dương'),
  ('75', 'Đồng Nai'),
  ('77', 'Bà Rịa - Vũng Tàu'),
  ('79', 'Hồ Chí Minh'),
  ('80', 'Long An'),
  ('82', 'Tiền Giang'),
  ('83', 'Bến Tre'),
  ('84', 'Trà Vinh'),
  ('86', 'Vĩnh Long'),
  ('87', 'Đồng Tháp'),
  ('89', 'An Giang'),
  ('91', 'Kiên Giang'),
  ('92', 'Cần Thơ'),
  ('93', 'Hậu Giang'),
  ('94', 'Sóc Trăng'),
  ('95', 'Bạc Liêu'),
  ('96', 'Cà Mau')
)
UPDATE directory.organisation o
   SET province_code = p.code
  FROM former_province p
 WHERE o.address_recorded_on < DATE '2025-07-01'
   AND lower(regexp_replace(trim(o.province), '^(Tỉnh|Thành phố) ', '', 'i')) = lower(p.name);
