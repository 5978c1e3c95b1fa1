package org.concordat.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Lets pages read record components (and values derived by a record's public no-argument methods) as
 * properties: #{organisation.name}. Expression Language 5, the version
 * in Jakarta EE 10, only knows JavaBeans getters; EL 6 adds exactly this resolver. Read-only, as records are.
 * Registered in faces-config.xml.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method component = component(base, property);
        if (component == null) {
            return null;
        }
        try {
            Object value = component.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (ReflectiveOperationException e) {
            throw new ELException("Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method component = component(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    /** A component accessor, or another public no-argument method of the record (a derived value). */
    private static Method component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        try {
            Method method = base.getClass().getMethod(property.toString());
            return Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
