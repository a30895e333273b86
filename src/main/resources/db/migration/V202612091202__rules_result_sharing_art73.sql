-- Law 93/2025 art. 73 cl. 7 (issue 19, reported by secondary notes, so marked unverified): the shipped
-- 2025 result-sharing version also governs tasks assigned from 1/1/2023 whose result was granted a
-- protection title. Shipped versions are added once (ON CONFLICT DO NOTHING), so a database that already
-- holds ND267-2025 gets the new value here; a new database gets it from the shipped file.
UPDATE rules.rule_version
SET rule_values = rule_values || '{"grantedTitleTasksFrom": "2023-01-01"}'::jsonb,
    sources = sources || jsonb_build_object('grantedTitleTasksFrom',
        'Luật 93/2025/QH15, Điều 73 khoản 7 (theo ghi chép thứ cấp): tỷ lệ tối thiểu 30% áp dụng cả cho nhiệm vụ giao từ 01/01/2023 khi kết quả đã được cấp bằng độc quyền sáng chế, kiểu dáng công nghiệp hoặc thiết kế bố trí'),
    unverified = unverified || '["grantedTitleTasksFrom"]'::jsonb
WHERE kind = 'result-sharing' AND code = 'ND267-2025' AND bundled
  AND NOT rule_values ? 'grantedTitleTasksFrom';
