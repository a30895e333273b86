/** Imports into the directory (organisations, people) that add each entry once: {@code DirectoryImport}. */
@NullMarked
package vn.doimoi.directory.importing;

import org.jspecify.annotations.NullMarked;
