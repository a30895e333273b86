package vn.doimoi.search;

/**
 * A kind of record that a module indexes for the one search. The indexed entity must map its
 * title and summary with {@code @VietnameseField(name = "title")} and
 * {@code @VietnameseField(name = "summary")}.
 *
 * @param entityName the Hibernate Search entity name (the JPA entity name)
 * @param key the short name used in URLs and facets, e.g. {@code organisation}
 * @param labelKey the message key that names this kind in the UI
 * @param urlPattern the public page of one record, with {@code {id}} in it
 */
public record SearchableType(String entityName, String key, String labelKey, String urlPattern) {

    public String url(Object id) {
        return urlPattern.replace("{id}", String.valueOf(id));
    }
}
