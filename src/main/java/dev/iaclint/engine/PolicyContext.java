package dev.iaclint.engine;

import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.functions.FunctionNamespaces;
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
    private final Map<String, Object> namespaces;

    private PolicyContext(Map<String, Object> resourceVariables, Map<String, Object> namespaces) {
        this.resourceVariables = resourceVariables;
        this.namespaces = namespaces;
    }

    /** A context for one resource, shared by all policies through {@link #forPolicy()}. */
    static PolicyContext of(ResourceScope scope, Map<String, Object> resourceVariables) {
        Map<String, Object> namespaces = new HashMap<>();
        for (Map.Entry<String, Class<?>> entry : FunctionNamespaces.ALL.entrySet()) {
            namespaces.put(entry.getKey(), instantiate(entry.getValue(), scope));
        }
        return new PolicyContext(resourceVariables, namespaces);
    }

    /** A fresh set of bindings over the same resource, so one policy's {@code let} never leaks into another. */
    PolicyContext forPolicy() {
        return new PolicyContext(resourceVariables, namespaces);
    }

    void bind(String name, Object value) {
        bindings.put(name, value);
    }

    private static Object instantiate(Class<?> functions, ResourceScope scope) {
        try {
            return functions.getConstructor(ResourceScope.class).newInstance(scope);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("cannot create the function namespace " + functions.getName(), cause);
        }
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
}
