package dev.iaclint.policy.functions;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.StoreKeys;
import dev.iaclint.model.KeyClass;
import dev.iaclint.model.KeyReference;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.LocatedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code store:} functions: the keys of the data stores (buckets, log groups) a resource's fields name. */
public final class StoreFunctions {

    /** Which store decides when a resource names several: one that falls short, then one unknown. */
    private static final List<KeyClass> WORST_FIRST =
            List.of(KeyClass.DEFAULT, KeyClass.AWS_MANAGED, KeyClass.UNKNOWN, KeyClass.CUSTOMER_MANAGED);

    private final ResourceScope scope;

    public StoreFunctions(ResourceScope scope) {
        this.scope = scope;
    }

    /**
     * The keys of the stores named by the canonical fields listed in {@code fieldNames} (separated
     * by commas), the one that falls shortest deciding; null when none of the fields is set. The
     * result has the same entries as {@code kms:key} plus {@code count} (stores named).
     */
    @Describes("the keys of the buckets or log groups named by the listed canonical fields (comma-separated), the one that falls shortest deciding, or null when none is set: the entries of `kms:key` plus `count`; a store outside the unit is unknown; it points at the field naming the deciding store")
    public LocatedMap key(String fieldNames) {
        StoreKeys stores = new StoreKeys(scope.unit(), scope.fields());
        List<KeyReference> keys = new ArrayList<>();
        for (String name : Arrays.stream(fieldNames.split(",")).map(String::strip).toList()) {
            scope.field(name).map(Field::value).map(stores::of).ifPresent(keys::add);
        }
        Optional<KeyReference> deciding = keys.stream().min(Comparator.comparingInt(k -> WORST_FIRST.indexOf(k.keyClass())));
        if (deciding.isEmpty()) {
            return null;
        }
        KeyReference key = deciding.get();
        Map<String, Object> view = KmsFunctions.classified(key);
        view.put("count", keys.size());
        return new LocatedMap(view, key.location());
    }
}
