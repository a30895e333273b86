package vn.doimoi.portal.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import vn.doimoi.portal.ArticleStatus;

/**
 * What an editor looks for on the desk: words of the title, a state, a category, an author. Each
 * left empty matches every article. Words match in any case; LIKE wildcards typed by the editor
 * are taken literally.
 */
public record DeskFilter(
        @Nullable String text,
        @Nullable ArticleStatus status,
        @Nullable UUID categoryId,
        @Nullable String author) {

    public static DeskFilter none() {
        return new DeskFilter(null, null, null, null);
    }

    public boolean isEmpty() {
        return blank(text) && status == null && categoryId == null && blank(author);
    }

    /** The filter as query parameters ending in "&", for the pager's links: "q=sen+%C4%91%C3%A1&status=DRAFT&". */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "q", text);
        append(query, "status", status == null ? null : status.name());
        append(query, "category", categoryId == null ? null : categoryId.toString());
        append(query, "author", author);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, @Nullable String value) {
        if (!blank(value)) {
            query.append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    Specification<Article> specification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (!blank(text)) {
                where.add(cb.like(cb.lower(root.get("title")), pattern(text), '\\'));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (categoryId != null) {
                where.add(cb.equal(root.get("categoryId"), categoryId));
            }
            if (!blank(author)) {
                where.add(cb.like(cb.lower(root.get("author")), pattern(author), '\\'));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static String pattern(@Nullable String words) {
        String literal = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return "%" + literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
