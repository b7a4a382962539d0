package dev.iaclint.policy.values;

import dev.iaclint.model.Location;
import dev.iaclint.policy.Located;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A read-only map handed to policies that also says where in the source it comes from. */
public final class LocatedMap extends AbstractMap<String, Object> implements Located {

    private final Map<String, Object> entries;
    private final Location location;

    public LocatedMap(Map<String, Object> entries, Location location) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.location = location;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public Object get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Location location() {
        return location;
    }
}
