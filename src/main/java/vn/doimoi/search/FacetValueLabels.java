package vn.doimoi.search;

/** Names the values of a facet field for people (a field code "401" is "Trồng trọt"). */
public interface FacetValueLabels {

    /** The keyword field whose values this names. */
    String field();

    /** The name of a value in a language ("vi" or "en"); the value itself when unknown. */
    String label(String value, String language);
}
