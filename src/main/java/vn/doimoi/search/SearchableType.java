package vn.doimoi.search;

import java.util.List;

/**
 * A kind of record that a module indexes for the one search. The indexed entity must map its
 * title and summary with {@code @VietnameseField(name = "title")} and
 * {@code @VietnameseField(name = "summary")}.
 *
 * @param entityName the Hibernate Search entity name (the JPA entity name)
 * @param key the short name used in URLs and facets, e.g. {@code organisation}
 * @param labelKey the message key that names this kind in the UI
 * @param urlPattern the public page of one record, with {@code {id}} in it
 * @param facets the aggregable keyword fields the kind has (e.g. {@code fieldCode}, {@code province}),
 *     offered as facets and filters
 */
public record SearchableType(String entityName, String key, String labelKey, String urlPattern, List<String> facets) {

    /**
     * The year facet's field: a keyword field of four digits that a kind may declare, holding the
     * year that matters for it (an article's publication, a document's issue, an organisation's
     * entry into the directory), in Vietnam time. Its values are listed newest first.
     */
    public static final String YEAR = "year";

    public SearchableType {
        facets = List.copyOf(facets);
    }

    /** A kind of record without facet fields. */
    public SearchableType(String entityName, String key, String labelKey, String urlPattern) {
        this(entityName, key, labelKey, urlPattern, List.of());
    }

    /** Whether records of this kind have every one of these keyword fields. */
    public boolean supports(java.util.Collection<String> fields) {
        return facets.containsAll(fields);
    }

    public String url(Object id) {
        return urlPattern.replace("{id}", String.valueOf(id));
    }
}
