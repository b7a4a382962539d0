package dev.iaclint.policy.functions;

import dev.iaclint.kinds.Field;
import dev.iaclint.model.Tags;
import dev.iaclint.policy.ResourceScope;
import dev.iaclint.policy.values.CheckResult;
import dev.iaclint.policy.values.LocatedMap;
import java.util.List;
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
    @Describes("the required tags (`required-tags`) the resource lacks, matched without case or separators: `ok`, `unknown` (some tags are computed at deployment and may supply them), `count`, `summary` and `names` (the missing keys), `reason`; it points at the tags")
    public LocatedMap missing() {
        Optional<Field> field = scope.field("tags");
        Tags tags = Tags.of(scope.unit(), scope.resource(), field.map(Field::value));
        List<String> missing = scope.settings().requiredTags().stream().filter(key -> !tags.has(key)).toList();
        boolean unknown = !missing.isEmpty() && !tags.complete();
        String names = String.join(", ", missing);
        return new CheckResult(missing.isEmpty(), unknown, missing.size(), names,
                unknown ? "some of its tags are known only at deployment" : "",
                field.map(Field::keyLocation).orElse(scope.resource().location())).with("names", names).view();
    }
}
