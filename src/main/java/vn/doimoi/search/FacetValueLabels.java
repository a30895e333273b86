package vn.doimoi.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names the values of a facet field for people (a field code "401" is "Trồng trọt"). */
public interface FacetValueLabels {

    /** The keyword field whose values this names. */
    String field();

    /** The name of a value in a language ("vi" or "en"); the value itself when unknown. */
    String label(String value, String language);

    /**
     * The names of several values at once, by value: a module that reads its names from the
     * database does it in one query here (a query per value, each taking a connection, was what the
     * search page waited for under load: JFR, issue 22).
     */
    default Map<String, String> labels(Collection<String> values, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        values.forEach(value -> labels.put(value, label(value, language)));
        return labels;
    }
}
