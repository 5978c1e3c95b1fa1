package org.concordat.shared.api;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InputRules;
import org.concordat.shared.domain.MultiLine;

/**
 * Applies {@link InputRules} to everything in a request body as JSON-B read it: every text (one line unless its field
 * is marked {@link MultiLine}) and every date, however deep (a flow inside an agreement, the answers of a section).
 * Done once for every endpoint, so that no field can be forgotten, and before any use case runs: nothing changes.
 * Fields are named as the client sent them: "title", "parties[1].contact", "answers.purpose.summary".
 */
public final class RequestBodyCheck {

    private static final int MAX_DEPTH = 12;

    private RequestBodyCheck() {
    }

    public static List<FieldError> problems(Object body) {
        List<FieldError> errors = new ArrayList<>();
        visit(body, "body", false, errors, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        return errors;
    }

    private static void visit(Object value, String path, boolean multiLine, List<FieldError> errors, Set<Object> seen,
                              int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            String problem = InputRules.textProblem(text, multiLine);
            if (problem != null) {
                errors.add(new FieldError(path, problem));
            }
        } else if (value instanceof LocalDate date) {
            String problem = InputRules.dateProblem(date);
            if (problem != null) {
                errors.add(new FieldError(path, problem));
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String keyProblem = entry.getKey() instanceof String k ? InputRules.textProblem(k, false) : null;
                if (keyProblem != null) {
                    errors.add(new FieldError(path, keyProblem));
                    continue;
                }
                visit(entry.getValue(), path + "." + key, multiLine, errors, seen, depth + 1);
            }
        } else if (value instanceof Iterable<?> items) {
            int i = 0;
            for (Object item : items) {
                visit(item, path + "[" + i++ + "]", multiLine, errors, seen, depth + 1);
            }
        } else if (value.getClass().isArray() && value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                visit(items[i], path + "[" + i + "]", multiLine, errors, seen, depth + 1);
            }
        } else if (isOurs(value.getClass()) && !value.getClass().isEnum() && seen.add(value)) {
            visitProperties(value, path, errors, seen, depth);
        }
    }

    /** The application's own request types; numbers, booleans, enums and the JDK's types hold no free text. */
    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("org.concordat.");
    }

    private static void visitProperties(Object value, String path, List<FieldError> errors, Set<Object> seen, int depth) {
        String prefix = "body".equals(path) ? "" : path + ".";
        Class<?> type = value.getClass();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                visit(read(component, value), prefix + component.getName(), component.isAnnotationPresent(MultiLine.class),
                        errors, seen, depth + 1);
            }
            return;
        }
        // Plain classes JSON-B fills through public fields (a flow and its law), superclasses included.
        for (Class<?> c = type; c != null && isOurs(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)) {
                    visit(read(field, value), prefix + field.getName(), field.isAnnotationPresent(MultiLine.class),
                            errors, seen, depth + 1);
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object owner) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + owner.getClass().getName(), e);
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field.getName() + " of " + owner.getClass().getName(), e);
        }
    }
}
