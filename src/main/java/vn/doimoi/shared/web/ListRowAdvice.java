package vn.doimoi.shared.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import vn.doimoi.shared.DomainException;

/**
 * Refuses, in Vietnamese, a list row "numbered" with something other than digits
 * ({@code items[x].name}) before any form is bound. The binder parses such a key as an index and
 * fails with an exception no handler knows (a 500); a key that is not a number is only right for a
 * map ({@code grades[<id>].criterion}), so the form's own property type decides. Rows numbered
 * negative or beyond any list are {@link HostileInputFilter}'s to refuse, before this.
 */
@ControllerAdvice
class ListRowAdvice {

    private static final Pattern ROW = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\[([^\\]]*)\\]");

    private static final Pattern NUMBER = Pattern.compile("\\s*\\d+\\s*");

    @InitBinder
    void refuseRowsThatAreNotNumbered(WebDataBinder binder, WebRequest request) {
        Class<?> form = binder.getTarget() != null
                ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (form == null || !form.getName().startsWith("vn.doimoi.")) {
            return;
        }
        for (String name : request.getParameterMap().keySet()) {
            Matcher row = ROW.matcher(name);
            if (row.find() && !NUMBER.matcher(row.group(2)).matches() && isList(form, row.group(1))) {
                throw DomainException.refused("error.input.row", HostileInputFilter.MAX_ROW + 1);
            }
        }
    }

    private static boolean isList(Class<?> form, String property) {
        Class<?> type = propertyType(form, property);
        return type != null && (Collection.class.isAssignableFrom(type) || type.isArray());
    }

    private static @Nullable Class<?> propertyType(Class<?> form, String property) {
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return component.getType();
                }
            }
            return null;
        }
        PropertyDescriptor descriptor = BeanUtils.getPropertyDescriptor(form, property);
        return descriptor == null ? null : descriptor.getPropertyType();
    }
}
