-- Task group 3: infrastructure for S&T information; computed from the directory's verification by the Department.
INSERT INTO programs.indicator (id, programme_id, task_group_id, code, name, unit, baseline, baseline_year, direction, source,
                                computation, numerator_label, denominator_label, data_source, published)
VALUES ('00000054-0000-4000-8001-000000000003', '00000054-0000-4000-8000-000000000000', '00000054-0000-4000-8000-000000000003',
        'DIRECTORY_VERIFIED_ORGANISATIONS', 'Số tổ chức khoa học và công nghệ, doanh nghiệp có hồ sơ được Sở Khoa học và Công nghệ xác thực',
        'tổ chức', NULL, NULL, 'INCREASE', 'COMPUTED', 'DIRECTORY_VERIFIED_ORGANISATIONS', NULL, NULL,
        'doimoi (danh bạ tổ chức, xác thực của Sở KH&CN)', TRUE);
