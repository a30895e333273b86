package vn.doimoi.portal.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.doimoi.portal.DocumentType;

/** A search of the documents library; every part is optional. */
public record DocumentQuery(
        @Nullable String text,
        @Nullable String number,
        @Nullable DocumentType type,
        @Nullable String issuingBody,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    /** The query as URL parameters ending with "&", for pager links: "/documents?q=…&". */
    public String pagerBase() {
        StringBuilder url = new StringBuilder("/documents?");
        param(url, "q", text);
        param(url, "number", number);
        param(url, "type", type == null ? null : type.name());
        param(url, "body", issuingBody);
        param(url, "from", from == null ? null : from.toString());
        param(url, "to", to == null ? null : to.toString());
        return url.toString();
    }

    public String value(@Nullable Object part) {
        return part == null ? "" : part.toString();
    }

    private static void param(StringBuilder url, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            url.append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null, null);
    }
}
