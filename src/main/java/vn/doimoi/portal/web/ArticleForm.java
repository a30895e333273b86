package vn.doimoi.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.portal.article.ArticleData;

/** The article form; the body is rich text that the domain sanitises. */
public record ArticleForm(
        @NotBlank @Size(max = 500) String title,
        @Nullable @Size(max = 1000) String lead,
        @NotBlank @Size(max = 200_000) String body,
        @Nullable @Size(max = 200) String author,
        @NotNull UUID categoryId,
        long version) {

    public static ArticleForm empty(@Nullable String author) {
        return new ArticleForm("", "", "", author, null, 0);
    }

    static ArticleForm of(ArticleData data, long version) {
        return new ArticleForm(data.title(), data.lead(), data.body(), data.author(), data.categoryId(), version);
    }

    ArticleData data() {
        return new ArticleData(title, lead, body, author, categoryId);
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }
}
