package dev.iaclint.policy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * What a policy expression may touch through introspection: reading plain values (maps, lists,
 * strings, numbers, booleans) and calling the public methods of the function namespaces. No
 * constructors, no fields, no {@code getClass}, nothing of any other class.
 */
final class SandboxPermissions implements JexlPermissions {

    private static final String FUNCTIONS_PACKAGE = "dev.iaclint.policy.functions";
    private static final Set<String> VALUE_METHODS = Set.of("get", "size", "isEmpty", "containsKey", "contains", "length");

    @Override
    public boolean allow(Package pack) {
        return pack != null;
    }

    @Override
    public boolean allow(Class<?> clazz) {
        return clazz != null && (isFunctions(clazz) || isPlainValue(clazz));
    }

    @Override
    public boolean allow(Constructor<?> constructor) {
        return false;
    }

    @Override
    public boolean allow(Field field) {
        return false;
    }

    @Override
    public boolean allow(Method method) {
        if (method == null || !Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        Class<?> owner = method.getDeclaringClass();
        if (isFunctions(owner)) {
            return true;
        }
        return VALUE_METHODS.contains(method.getName())
                && (Map.class.isAssignableFrom(owner) || Collection.class.isAssignableFrom(owner)
                || owner == String.class || owner == CharSequence.class);
    }

    @Override
    public JexlPermissions compose(String... src) {
        throw new UnsupportedOperationException("the policy sandbox is fixed");
    }

    private static boolean isFunctions(Class<?> clazz) {
        return clazz.getPackageName().equals(FUNCTIONS_PACKAGE);
    }

    private static boolean isPlainValue(Class<?> clazz) {
        return Map.class.isAssignableFrom(clazz) || Collection.class.isAssignableFrom(clazz)
                || clazz == String.class || clazz == CharSequence.class || clazz == Boolean.class
                || Number.class.isAssignableFrom(clazz) && clazz.getPackageName().startsWith("java.");
    }
}
