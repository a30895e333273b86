package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the main code is {@link NullMarked}: without it the {@code @Nullable} marks are
 * inert, since a reader (and NullAway, in the {@code nullaway} Maven profile) cannot tell "may be
 * null" from "not thought about" (ADR 0042).
 */
class NullMarkedPackagesTests {

    @Test
    void everyMainPackageIsNullMarked() {
        var packages = new TreeSet<String>();
        new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("vn.doimoi")
                        .stream()
                        .map(JavaClass::getPackageName)
                        .forEach(packages::add);

        List<String> unmarked =
                packages.stream().filter(name -> !isNullMarked(name)).toList();

        assertThat(packages).isNotEmpty();
        assertThat(unmarked)
                .as("packages without @NullMarked in package-info.java")
                .isEmpty();
    }

    private static boolean isNullMarked(String packageName) {
        return packageInfo(packageName)
                .map(info -> info.isAnnotationPresent(NullMarked.class))
                .orElse(false);
    }

    private static Optional<Class<?>> packageInfo(String packageName) {
        try {
            return Optional.of(Class.forName(packageName + ".package-info"));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
