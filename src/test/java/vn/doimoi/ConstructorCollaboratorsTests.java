package vn.doimoi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * No Spring bean of the main code is built from more than eight collaborators: one that needs
 * more does more than one thing and is split (the house rule of issue 17, ADR 0070).
 */
class ConstructorCollaboratorsTests {

    static final int MOST_COLLABORATORS = 8;

    @Test
    void noBeanTakesMoreThanEightCollaborators() {
        var mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("vn.doimoi");

        constructors()
                .that()
                .areDeclaredInClassesThat(beans())
                .should(takeAtMost(MOST_COLLABORATORS))
                .check(mainClasses);
    }

    /** {@code @Service}, {@code @Component}, {@code @Controller} and every stereotype built on them. */
    private static DescribedPredicate<JavaClass> beans() {
        return DescribedPredicate.describe(
                "are Spring beans (meta-annotated with @Component)", type -> type.isMetaAnnotatedWith(Component.class));
    }

    private static ArchCondition<JavaConstructor> takeAtMost(int most) {
        return new ArchCondition<>("take at most " + most + " parameters") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                int count = constructor.getRawParameterTypes().size();
                events.add(new SimpleConditionEvent(
                        constructor, count <= most, constructor.getFullName() + " takes " + count + " parameters"));
            }
        };
    }
}
