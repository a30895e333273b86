package vn.doimoi.projects.rules;

import java.util.List;

/**
 * A partial lump sum (khoán chi từng phần, kind {@code lump-sum}): the items that stay outside the
 * lump sum and are settled by expenditure vouchers; every other item is settled as a lump sum.
 */
public record LumpSumRule(List<String> excludedItems) {

    public LumpSumRule {
        if (excludedItems == null || excludedItems.stream().anyMatch(i -> i == null || i.isBlank())) {
            throw new IllegalArgumentException("lump-sum: blank excluded item");
        }
        excludedItems = List.copyOf(excludedItems);
    }
}
