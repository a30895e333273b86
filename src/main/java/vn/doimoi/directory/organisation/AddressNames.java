package vn.doimoi.directory.organisation;

import org.jspecify.annotations.Nullable;

/**
 * The names an organisation's row keeps beside its address codes: the current province (the one
 * search's facet) and the commune as recorded, so lists and SQL readers need not load the places list.
 */
record AddressNames(@Nullable String province, @Nullable String commune) {}
