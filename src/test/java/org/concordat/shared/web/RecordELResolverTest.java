package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Person(String name, int age) {
        public String greeting() {
            return "Hello " + name;
        }

        static String notAProperty() {
            return "static";
        }
    }

    final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsComponentsAndDerivedValues() {
        ELContext context = new TestContext();
        assertEquals("Sam", resolver.getValue(context, new Person("Sam", 40), "name"));
        assertTrue(context.isPropertyResolved());
        assertEquals("Hello Sam", resolver.getValue(new TestContext(), new Person("Sam", 40), "greeting"));
    }

    @Test
    void leavesEverythingElseToOtherResolvers() {
        ELContext context = new TestContext();
        assertNull(resolver.getValue(context, "a string", "length"));
        assertNull(resolver.getValue(context, new Person("Sam", 40), "unknown"));
        assertNull(resolver.getValue(context, new Person("Sam", 40), "notAProperty"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = new TestContext();
        assertTrue(resolver.isReadOnly(context, new Person("Sam", 40), "age"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(new TestContext(), new Person("Sam", 40), "age", 41));
    }

    static class TestContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
