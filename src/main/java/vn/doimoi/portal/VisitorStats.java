package vn.doimoi.portal;

/** Thống kê truy cập: visitors active in the last five minutes, visits today, this week and in all. */
public record VisitorStats(long online, long today, long thisWeek, long total) {}
