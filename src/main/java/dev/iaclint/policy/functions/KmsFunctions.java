package dev.iaclint.policy.functions;

import dev.iaclint.kinds.Field;
import dev.iaclint.kinds.KeyUsers;
import dev.iaclint.model.KeyClass;
import dev.iaclint.model.KeyClassifier;
import dev.iaclint.model.KeyReference;
import dev.iaclint.model.Resource;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.LocatedMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kms:} functions: what the keys named by a resource's fields are. */
public final class KmsFunctions {

    private final ResourceScope scope;

    public KmsFunctions(ResourceScope scope) {
        this.scope = scope;
    }

    /**
     * The key named by a canonical field, classified. The result has {@code class}
     * ({@code customer-managed}, {@code aws-managed}, {@code default} or {@code unknown}), the
     * booleans {@code customerManaged}, {@code awsManaged}, {@code awsOwned} and {@code unknown},
     * {@code description} (a phrase for messages) and {@code keyAddress} (the key resource of the
     * unit, or null); its location is where the deciding value is written.
     */
    public LocatedMap key(String field) {
        KeyReference key = KeyClassifier.classify(scope.unit(),
                scope.field(field).map(Field::value), scope.resource().location());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("class", key.keyClass().id());
        view.put("customerManaged", key.isCustomerManaged());
        view.put("awsManaged", key.keyClass() == KeyClass.AWS_MANAGED);
        view.put("awsOwned", key.keyClass() == KeyClass.DEFAULT);
        view.put("unknown", key.keyClass() == KeyClass.UNKNOWN);
        view.put("description", key.description());
        view.put("keyAddress", key.keyResource().map(Resource::address).orElse(null));
        return new LocatedMap(view, key.location());
    }

    /**
     * The resources of the unit whose data this key protects (see {@link KeyUsers}): a list of
     * {@code address}, {@code type} and {@code kind}, each pointing at its resource.
     */
    public List<LocatedMap> usedBy() {
        List<LocatedMap> users = new ArrayList<>();
        for (Resource user : new KeyUsers(scope.unit(), scope.fields()).of(scope.resource())) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("address", user.address());
            view.put("type", user.type());
            view.put("kind", user.kind());
            users.add(new LocatedMap(view, user.location()));
        }
        return Collections.unmodifiableList(users);
    }

    /** The addresses of {@link #usedBy()}, joined for messages. */
    public String usersOf() {
        return String.join(", ", usedBy().stream().map(u -> (String) u.get("address")).toList());
    }
}
