package vn.doimoi.market;

import java.util.List;

/**
 * The results for one listing. {@code belowFloor} counts the candidates that were found but did
 * not reach the relevance floor: they are never shown to pad the list.
 */
public record Matches(List<Match> results, int belowFloor, double floor) {

    public Matches {
        results = List.copyOf(results);
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }
}
