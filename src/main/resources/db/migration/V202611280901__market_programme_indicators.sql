-- Task group 5 of programme 54 ("Phát triển mạnh thị trường khoa học, công nghệ …"): the
-- marketplace's signed transfer contracts count in the programme's indicators, computed from
-- the market module's figures (MarketFigures) like the directory's indicators of task group 3.
-- Written by the market module's change (issue 8); the rows belong to the programs schema.
INSERT INTO programs.indicator (id, programme_id, task_group_id, code, name, unit, baseline, baseline_year, direction, source,
                                computation, numerator_label, denominator_label, data_source, published)
VALUES ('00000054-0000-4000-8001-000000000851', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000005',
        'MARKET_TRANSFER_CONTRACTS', 'Số hợp đồng chuyển giao công nghệ được ký kết qua sàn giao dịch công nghệ của tỉnh',
        'hợp đồng', NULL, NULL, 'INCREASE', 'COMPUTED', 'MARKET_TRANSFER_CONTRACTS', NULL, NULL,
        'doimoi (sàn giao dịch công nghệ, hợp đồng đã ký)', TRUE),
       ('00000054-0000-4000-8001-000000000852', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000005',
        'MARKET_CONTRACT_VALUE', 'Giá trị hợp đồng chuyển giao công nghệ được ký kết qua sàn giao dịch công nghệ của tỉnh',
        'triệu đồng', NULL, NULL, 'INCREASE', 'COMPUTED', 'MARKET_CONTRACT_VALUE', NULL, NULL,
        'doimoi (sàn giao dịch công nghệ, giá trị hợp đồng đã ký)', TRUE);
