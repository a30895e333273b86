/**
 * Enterprises' S&T development funds (issue 21, ADR 0066): yearly allocations capped by the rule
 * version of the tax year, spending by eligible use with evidence, the balance by allocation year
 * (the oldest allocation is spent first), the use-within-the-period rule with its warnings and the
 * repayment it would cost, the yearly report to the Department and the province's totals.
 */
@NullMarked
package vn.doimoi.ecosystem.funds;

import org.jspecify.annotations.NullMarked;
