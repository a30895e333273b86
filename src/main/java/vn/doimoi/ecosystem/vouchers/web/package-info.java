/** The pages of support programmes and vouchers: public, the enterprise's, the provider's and the Department's. */
@NullMarked
package vn.doimoi.ecosystem.vouchers.web;

import org.jspecify.annotations.NullMarked;
