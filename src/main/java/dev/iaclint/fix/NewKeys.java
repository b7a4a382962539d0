package dev.iaclint.fix;

import dev.iaclint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys one run adds, so that resources of one workload fixed in the same run (a knowledge
 * base and its data sources, two agents with one role) share one new key, as they would share an
 * existing one.
 */
final class NewKeys {

    /**
     * A key a fix added: where, for which workload's tags, and to whom its policy grants what.
     *
     * @param role    the role its policy grants, empty when it grants the service
     * @param actions the actions its policy grants
     */
    private record Added(Finding by, String file, Map<String, String> workload, Optional<Value> role, String service,
                         List<String> actions, String name) {
    }

    private final List<Added> added = new ArrayList<>();

    /** The name of a key this run added that a resource of the same workload can use as it is. */
    Optional<String> find(String file, Map<String, String> workload, Optional<Value> role, String service,
                          List<String> actions) {
        return added.stream()
                .filter(a -> a.file().equals(file) && a.workload().equals(workload) && a.role().equals(role)
                        && a.service().equals(service) && a.actions().containsAll(actions))
                .map(Added::name).findFirst();
    }

    void add(Finding by, String file, Map<String, String> workload, Optional<Value> role, String service,
             List<String> actions, String name) {
        added.add(new Added(by, file, Map.copyOf(workload), role, service, List.copyOf(actions), name));
    }

    /** Forgets the keys of a fix that was not kept, so no later fix names a key that is not there. */
    void withdraw(Finding by) {
        added.removeIf(a -> a.by() == by);
    }
}
