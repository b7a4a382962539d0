package dev.iaclint.engine;

import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.functions.FunctionNamespaces;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.jexl3.JexlContext;

/**
 * The variables and function namespaces a policy sees for one resource. Policies cannot assign
 * (the sandbox forbids it), so only the evaluator sets variables: the resource's own and the
 * policy's {@code let} bindings.
 */
final class PolicyContext implements JexlContext, JexlContext.NamespaceResolver {

    /** The resource's variables, shared by its policies and computed as they are read. */
    private final Map<String, Object> resourceVariables;
    /** This policy's {@code let} bindings. */
    private final Map<String, Object> bindings = new HashMap<>();
    private final Namespaces namespaces;

    private PolicyContext(Map<String, Object> resourceVariables, Namespaces namespaces) {
        this.resourceVariables = resourceVariables;
        this.namespaces = namespaces;
    }

    /** A context for one resource, shared by all policies through {@link #forPolicy()}. */
    static PolicyContext of(ResourceScope scope, Map<String, Object> resourceVariables) {
        return new PolicyContext(resourceVariables, new Namespaces(scope));
    }

    /** A fresh set of bindings over the same resource, so one policy's {@code let} never leaks into another. */
    PolicyContext forPolicy() {
        return new PolicyContext(resourceVariables, namespaces);
    }

    void bind(String name, Object value) {
        bindings.put(name, value);
    }

    @Override
    public Object get(String name) {
        return bindings.containsKey(name) ? bindings.get(name) : resourceVariables.get(name);
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("policies cannot assign variables");
    }

    @Override
    public boolean has(String name) {
        return bindings.containsKey(name) || resourceVariables.containsKey(name);
    }

    @Override
    public Object resolveNamespace(String name) {
        return namespaces.get(name);
    }

    /**
     * The function namespaces over one resource, each made when a policy first calls into it: a
     * resource's policies call one or two of them, and making all of them for every resource,
     * by reflection, showed in profiles.
     */
    private static final class Namespaces {

        private static final Map<String, Constructor<?>> CONSTRUCTORS = constructors();

        private final ResourceScope scope;
        private final Map<String, Object> made = new HashMap<>();

        Namespaces(ResourceScope scope) {
            this.scope = scope;
        }

        Object get(String name) {
            Constructor<?> constructor = CONSTRUCTORS.get(name);
            return constructor == null ? null : made.computeIfAbsent(name, n -> instantiate(constructor));
        }

        private Object instantiate(Constructor<?> constructor) {
            try {
                return constructor.newInstance(scope);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                throw new IllegalStateException("cannot create the function namespace "
                        + constructor.getDeclaringClass().getName(), cause);
            }
        }

        private static Map<String, Constructor<?>> constructors() {
            Map<String, Constructor<?>> constructors = new HashMap<>();
            FunctionNamespaces.ALL.forEach((name, functions) -> {
                try {
                    constructors.put(name, functions.getConstructor(ResourceScope.class));
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("the function namespace " + functions.getName()
                            + " has no public constructor taking the resource's scope", e);
                }
            });
            return Map.copyOf(constructors);
        }
    }
}
