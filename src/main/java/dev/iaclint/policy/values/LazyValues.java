package dev.iaclint.policy.values;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A read-only map whose values are computed when first read, each once. What a policy can read
 * about a resource (its attributes as plain values, every canonical field resolved) costs more to
 * build than most policies' whole evaluation, and most policies read one or two names of it.
 * Not thread-safe: one resource is evaluated on one thread.
 */
public final class LazyValues extends AbstractMap<String, Object> {

    private final Map<String, Supplier<Object>> suppliers;
    private final Map<String, Object> computed = new HashMap<>();

    /** @param suppliers each name's value, in the order the map lists them */
    public LazyValues(Map<String, Supplier<Object>> suppliers) {
        this.suppliers = new LinkedHashMap<>(suppliers);
    }

    @Override
    public Object get(Object key) {
        if (computed.containsKey(key)) {
            return computed.get(key);
        }
        Supplier<Object> supplier = suppliers.get(key);
        if (supplier == null) {
            return null;
        }
        Object value = supplier.get();
        computed.put((String) key, value);
        return value;
    }

    @Override
    public boolean containsKey(Object key) {
        return suppliers.containsKey(key);
    }

    @Override
    public int size() {
        return suppliers.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<String> names = suppliers.keySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return names.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        String name = names.next();
                        return new SimpleImmutableEntry<>(name, get(name));
                    }
                };
            }

            @Override
            public int size() {
                return suppliers.size();
            }
        };
    }
}
