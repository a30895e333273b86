package vn.doimoi.search;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which the
 * matched words are wrapped in {@code <mark>}; nothing else in them is markup.
 */
public record SearchHit(String type, String id, String title, String titleHtml, String snippetHtml, String url) {}
