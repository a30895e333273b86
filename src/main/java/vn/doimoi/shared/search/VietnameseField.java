package vn.doimoi.shared.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * Indexes a Vietnamese text property in the four fields of DESIGN.md §5: {@code name} (exact
 * syllables), {@code name_sh} (exact 2-syllable shingles), {@code name_fold} (folded syllables)
 * and {@code name_fold_sh} (folded shingles). Query them with {@link VietnameseAnalysis#fieldsFor}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
@PropertyMapping(processor = @PropertyMappingAnnotationProcessorRef(type = VietnameseField.Processor.class))
public @interface VietnameseField {

    /** The base field name; the property name when empty. */
    String name() default "";

    /** Whether the text is stored for projection and highlighting (titles, summaries). */
    boolean stored() default true;

    class Processor implements PropertyMappingAnnotationProcessor<VietnameseField> {
        @Override
        public void process(
                PropertyMappingStep mapping,
                VietnameseField annotation,
                PropertyMappingAnnotationProcessorContext context) {
            String name =
                    annotation.name().isEmpty() ? context.annotatedElement().name() : annotation.name();
            Projectable projectable = annotation.stored() ? Projectable.YES : Projectable.NO;
            Highlightable highlightable = annotation.stored() ? Highlightable.UNIFIED : Highlightable.NO;
            mapping.fullTextField(name)
                    .analyzer(VietnameseAnalysis.EXACT)
                    .projectable(projectable)
                    .highlightable(java.util.List.of(highlightable));
            mapping.fullTextField(name + VietnameseAnalysis.EXACT_SHINGLE_SUFFIX)
                    .analyzer(VietnameseAnalysis.EXACT_SHINGLE);
            mapping.fullTextField(name + VietnameseAnalysis.FOLDED_SUFFIX)
                    .analyzer(VietnameseAnalysis.FOLDED)
                    .projectable(projectable)
                    .highlightable(java.util.List.of(highlightable));
            mapping.fullTextField(name + VietnameseAnalysis.FOLDED_SHINGLE_SUFFIX)
                    .analyzer(VietnameseAnalysis.FOLDED_SHINGLE);
        }
    }
}
