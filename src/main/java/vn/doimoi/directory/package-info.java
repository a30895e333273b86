/**
 * The S&T directory: organisations (enterprises, institutes, universities, agencies, service
 * providers) and, later, people and experts. Other modules use {@link vn.doimoi.directory.Directory}.
 */
@ApplicationModule(displayName = "Directory")
@NullMarked
package vn.doimoi.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
