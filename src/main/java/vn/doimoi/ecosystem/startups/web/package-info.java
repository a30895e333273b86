/** The startup pages: the public list and profiles, a member's own profile, STAFF's recognition. */
@NullMarked
package vn.doimoi.ecosystem.startups.web;

import org.jspecify.annotations.NullMarked;
