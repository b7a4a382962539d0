package dev.iaclint.policy.functions;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.StoreKeys;
import dev.iaclint.model.KeyClass;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Node;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.LocatedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code store:} functions: the keys of the data stores (buckets, log groups, vector stores) a resource's fields name. */
public final class StoreFunctions {

    /** Which store decides when a resource names several: one that falls short, then one unknown. */
    /** An entry of the list: a field, or {@code field[member]}. */
    private static final Pattern ENTRY = Pattern.compile("\\s*(\\w+)\\s*(?:\\[\\s*(\\w+)\\s*\\])?\\s*");

    private static final List<KeyClass> WORST_FIRST =
            List.of(KeyClass.DEFAULT, KeyClass.AWS_MANAGED, KeyClass.UNKNOWN, KeyClass.CUSTOMER_MANAGED);

    private final ResourceScope scope;

    public StoreFunctions(ResourceScope scope) {
        this.scope = scope;
    }

    /**
     * The keys of the stores named by the canonical fields listed in {@code fieldNames} (separated
     * by commas), the one that falls shortest deciding; null when none of the fields is set. A field
     * under repeated blocks names a store per block. {@code field[member]} names a store and, by the
     * member field, the store inside it that is used (a vector bucket and its index). The result has
     * the same entries as {@code kms:key} plus {@code count} (stores named).
     */
    @Describes("the keys of the data stores (buckets, log groups, vector stores) named by the listed canonical fields (comma-separated; `field[member]` when a second field names the store inside it that is used, as a vector bucket's index), the one that falls shortest deciding, or null when none is set: the entries of `kms:key` plus `count`; a store outside the unit is unknown; it points at the field naming the deciding store")
    public LocatedMap key(String fieldNames) {
        StoreKeys stores = new StoreKeys(scope.unit(), scope.fields());
        List<KeyReference> keys = new ArrayList<>();
        for (String listed : fieldNames.split(",")) {
            Matcher entry = ENTRY.matcher(listed);
            if (!entry.matches()) {
                throw new IllegalArgumentException("'" + listed.strip() + "' is not a field or field[member]");
            }
            Optional<Node> member = entry.group(2) == null ? Optional.empty()
                    : scope.field(entry.group(2)).map(Field::value);
            for (Field field : scope.fields().findAll(scope.unit(), scope.resource(), entry.group(1))) {
                keys.add(stores.of(field.value(), member));
            }
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
