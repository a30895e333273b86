package vn.doimoi.portal;

/**
 * A published article as a reader sees it. {@code bodyHtml} has been sanitised on save and again
 * when read, so templates may print it unescaped; {@code plainText} is the body without markup.
 */
public record ArticlePage(ArticleSummary summary, String bodyHtml, String plainText, long version) {}
