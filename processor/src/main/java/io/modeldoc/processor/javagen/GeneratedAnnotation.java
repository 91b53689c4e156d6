package io.modeldoc.processor.javagen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** {@code @Generated("io.modeldoc.processor.ModelDocProcessor")}, without a date, so output stays stable. */
final class GeneratedAnnotation {

    static final AnnotationSpec SPEC = AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", "io.modeldoc.processor.ModelDocProcessor")
            .build();

    private GeneratedAnnotation() {
    }
}
