-- The ecosystem's figures (issue 21, "Figures") join the indicators of programme 54-CTr/TU, computed
-- from the ecosystem module (EcosystemFigures, key ECOSYSTEM_<figure>) as the market's were in
-- V202611280901, each in the task group that asks for it: group 1 rewards initiatives, group 2 makes
-- enterprises set up and use S&T funds, group 5 supports startups, vouchers and technology fairs,
-- group 6 cooperates through forums and meetings. A figure no package counts yet shows 0.
INSERT INTO programs.indicator (id, programme_id, task_group_id, code, name, unit, baseline, baseline_year, direction, source,
                                computation, numerator_label, denominator_label, data_source, published)
VALUES ('00000054-0000-4000-8001-000000002101', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000001',
        'ECOSYSTEM_INITIATIVES_RECOGNISED', 'Số sáng kiến được công nhận', 'sáng kiến', NULL, NULL, 'INCREASE', 'COMPUTED',
        'ECOSYSTEM_INITIATIVES_RECOGNISED', NULL, NULL, 'doimoi (sáng kiến được công nhận)', TRUE),
       ('00000054-0000-4000-8001-000000002102', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000002',
        'ECOSYSTEM_ENTERPRISES_WITH_FUND', 'Số doanh nghiệp trích lập quỹ phát triển khoa học và công nghệ', 'doanh nghiệp', NULL, NULL,
        'INCREASE', 'COMPUTED', 'ECOSYSTEM_ENTERPRISES_WITH_FUND', NULL, NULL, 'doimoi (quỹ phát triển KH&CN của doanh nghiệp)', TRUE),
       ('00000054-0000-4000-8001-000000002103', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000002',
        'ECOSYSTEM_FUND_SPENDING_MILLION_VND', 'Số tiền doanh nghiệp đã sử dụng từ quỹ phát triển khoa học và công nghệ', 'triệu đồng', NULL, NULL,
        'INCREASE', 'COMPUTED', 'ECOSYSTEM_FUND_SPENDING_MILLION_VND', NULL, NULL, 'doimoi (khoản chi từ quỹ phát triển KH&CN)', TRUE),
       ('00000054-0000-4000-8001-000000002104', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000005',
        'ECOSYSTEM_STARTUPS_SUPPORTED', 'Số doanh nghiệp khởi nghiệp đổi mới sáng tạo được công nhận, hỗ trợ', 'doanh nghiệp', NULL, NULL,
        'INCREASE', 'COMPUTED', 'ECOSYSTEM_STARTUPS_SUPPORTED', NULL, NULL, 'doimoi (khởi nghiệp đổi mới sáng tạo)', TRUE),
       ('00000054-0000-4000-8001-000000002105', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000005',
        'ECOSYSTEM_VOUCHERS_GRANTED', 'Số phiếu hỗ trợ (voucher) đổi mới sáng tạo được cấp', 'phiếu', NULL, NULL,
        'INCREASE', 'COMPUTED', 'ECOSYSTEM_VOUCHERS_GRANTED', NULL, NULL, 'doimoi (chương trình hỗ trợ và voucher)', TRUE),
       ('00000054-0000-4000-8001-000000002106', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000005',
        'ECOSYSTEM_VOUCHERS_USED', 'Số phiếu hỗ trợ (voucher) đã sử dụng', 'phiếu', NULL, NULL,
        'INCREASE', 'COMPUTED', 'ECOSYSTEM_VOUCHERS_USED', NULL, NULL, 'doimoi (chương trình hỗ trợ và voucher)', TRUE),
       ('00000054-0000-4000-8001-000000002107', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000006',
        'ECOSYSTEM_EVENTS_HELD', 'Số hội chợ, hội thảo, diễn đàn khoa học và công nghệ được tổ chức', 'sự kiện', NULL, NULL,
        'INCREASE', 'COMPUTED', 'ECOSYSTEM_EVENTS_HELD', NULL, NULL, 'doimoi (sự kiện, chợ công nghệ)', TRUE),
       ('00000054-0000-4000-8001-000000002108', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000006',
        'ECOSYSTEM_MEETINGS_HELD', 'Số cuộc gặp kết nối B2B tại các sự kiện', 'cuộc gặp', NULL, NULL,
        'INCREASE', 'COMPUTED', 'ECOSYSTEM_MEETINGS_HELD', NULL, NULL, 'doimoi (gặp gỡ B2B tại sự kiện)', TRUE);
