/**
 * Support programmes of Decree 268/2025 and innovation vouchers (issue 21, ADR 0065): the
 * Department publishes programmes whose eligibility is data; enterprises apply with their directory
 * profile; a granted application of a voucher programme yields a voucher the enterprise spends with
 * service providers of the market, never twice.
 */
@NullMarked
package vn.doimoi.ecosystem.vouchers;

import org.jspecify.annotations.NullMarked;
