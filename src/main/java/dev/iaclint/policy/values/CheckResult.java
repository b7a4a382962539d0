package dev.iaclint.policy.values;

import dev.iaclint.model.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every checking function gives a policy, in one shape: {@code ok} (nothing wrong is known
 * and nothing is in doubt), {@code unknown} (nothing wrong is known, but something could not be
 * read), {@code count} (the things found wrong), {@code summary} (them, for a message),
 * {@code reason} (what could not be read), and where it points. A function may add values of its
 * own after these.
 */
public record CheckResult(boolean ok, boolean unknown, int count, String summary, String reason, Location location,
                          Map<String, Object> extra) {

    public CheckResult {
        // Values may be null (no tag in question), which Map.copyOf refuses.
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public CheckResult(boolean ok, boolean unknown, int count, String summary, String reason, Location location) {
        this(ok, unknown, count, summary, reason, location, Map.of());
    }

    /** The same result with one more value of the function's own. */
    public CheckResult with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extra);
        more.put(key, value);
        return new CheckResult(ok, unknown, count, summary, reason, location, more);
    }

    /** The read-only map a policy reads. */
    public LocatedMap view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ok", ok);
        view.put("unknown", unknown);
        view.put("count", count);
        view.put("summary", summary);
        view.put("reason", reason);
        view.putAll(extra);
        return new LocatedMap(view, location);
    }
}
