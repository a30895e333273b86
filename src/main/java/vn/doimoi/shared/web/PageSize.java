package vn.doimoi.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page size of a list when the request names none, on a handler's {@link vn.doimoi.shared.Paging}
 * parameter: {@code String list(@PageSize(50) Paging paging, Model model)} reads {@code ?page=&size=}
 * (ADR 0054).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PageSize {

    int value();
}
