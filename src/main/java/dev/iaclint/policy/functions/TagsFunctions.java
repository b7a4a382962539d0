package dev.iaclint.policy.functions;

import dev.iaclint.kinds.Field;
import dev.iaclint.model.Tags;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.LocatedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code tags:} functions: the resource's tags against the configured requirements. */
public final class TagsFunctions {

    private final ResourceScope scope;

    public TagsFunctions(ResourceScope scope) {
        this.scope = scope;
    }

    /**
     * The required tags ({@code required-tags} in the configuration) the resource lacks, matched
     * without case or separators: {@code count}, {@code names}, and {@code unknown} when some of
     * its tags are computed at deployment and might supply them. It points at the tags, or at the
     * resource when it has none.
     */
    @Describes("the required tags (`required-tags`) the resource lacks, matched without case or separators: `count`, `names`, `unknown` (some tags are computed at deployment); it points at the tags")
    public LocatedMap missing() {
        Optional<Field> field = scope.field("tags");
        Tags tags = Tags.of(scope.unit(), scope.resource(), field.map(Field::value));
        List<String> missing = scope.settings().requiredTags().stream().filter(key -> !tags.has(key)).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("count", missing.size());
        view.put("names", String.join(", ", missing));
        view.put("unknown", !missing.isEmpty() && !tags.complete());
        return new LocatedMap(view, field.map(Field::keyLocation).orElse(scope.resource().location()));
    }
}
