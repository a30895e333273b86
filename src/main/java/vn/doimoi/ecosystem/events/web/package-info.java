@NullMarked
package vn.doimoi.ecosystem.events.web;

import org.jspecify.annotations.NullMarked;
