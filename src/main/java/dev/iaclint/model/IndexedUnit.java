package dev.iaclint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every format's unit shares: its name, its format, and its resources by address. */
public abstract class IndexedUnit implements Unit {

    private final String name;
    private final Format format;
    private final List<Resource> resources;
    private final Map<String, Resource> byAddress = new LinkedHashMap<>();

    protected IndexedUnit(String name, Format format, List<Resource> resources) {
        this.name = name;
        this.format = format;
        this.resources = List.copyOf(resources);
        resources.forEach(resource -> byAddress.putIfAbsent(resource.address(), resource));
        // A reference names a count or for_each resource without its instance key; its first
        // instance stands for them all.
        resources.forEach(resource -> ResourceAddress.withoutInstanceKey(resource.address())
                .ifPresent(base -> byAddress.putIfAbsent(base, resource)));
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Format format() {
        return format;
    }

    @Override
    public final List<Resource> resources() {
        return resources;
    }

    @Override
    public final Optional<Resource> resource(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    protected final boolean hasResource(String address) {
        return byAddress.containsKey(address);
    }
}
