package org.concordat.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything a session keeps must travel to another node of a cluster (issue 21): Infinispan marshals a web session,
 * with its view-scoped and session-scoped beans, after every request on the HA profile, and a field it cannot
 * serialise loses the person's session when their node dies (seen: {@code NotSerializableException: UserData}). So
 * each such bean's state — every field that is not injected, static or transient, and what it holds, through records,
 * collections and maps — must be serializable. Injected beans are Weld's proxies, which Weld checks itself.
 */
class SessionStateTest {

    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Set.class, Collection.class, Map.class,
            java.util.SortedMap.class, java.util.SortedSet.class, java.util.NavigableMap.class);

    @Test
    void everythingASessionKeepsIsSerializable() {
        List<JavaClass> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.concordat").stream()
                .filter(c -> c.isAnnotatedWith(SessionScoped.class) || c.isAnnotatedWith(ViewScoped.class)
                        || c.isAnnotatedWith(ConversationScoped.class))
                .toList();
        assertFalse(beans.isEmpty(), "the pages keep state in view- and session-scoped beans");
        List<String> problems = new ArrayList<>();
        for (JavaClass bean : beans) {
            Class<?> type = bean.reflect();
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (kept(field)) {
                        check(field.getGenericType(), c.getSimpleName() + "." + field.getName(), problems, new HashSet<>());
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "state a session keeps that cannot travel to another node");
    }

    private static boolean kept(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.isAnnotationPresent(Inject.class);
    }

    /** Adds a problem for every part of this type, reached by this path, that cannot be serialised. */
    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!CONTAINERS.contains(raw)) {
                check(raw, path, problems, seen);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
            return;
        }
        if (type instanceof TypeVariable<?> || !(type instanceof Class<?> c)) {
            return;
        }
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (CONTAINERS.contains(c)) {
            problems.add(path + ": a raw " + c.getSimpleName() + " (say what it holds)");
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName());
            return;
        }
        // Concordat's own types: what they hold must travel too (the JDK's serializable types take care of theirs).
        if (c.getName().startsWith("org.concordat.")) {
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field field : k.getDeclaredFields()) {
                    if (kept(field)) {
                        check(field.getGenericType(), path + "." + field.getName(), problems, seen);
                    }
                }
            }
        }
    }
}
