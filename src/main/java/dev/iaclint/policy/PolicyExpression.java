package dev.iaclint.policy;

import dev.iaclint.model.Location;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlScript;

/**
 * A checked JEXL expression of a policy, with where it is written for error messages. A user's
 * expression is compiled when its policy is loaded, so a mistake is reported at once; a shipped
 * one (tested before it ships) is compiled when it is first evaluated, so a scan pays only for
 * the policies that apply to what it reads.
 */
public final class PolicyExpression {

    private final String source;
    private final Location location;
    private final Supplier<JexlScript> compiler;
    private final AtomicReference<JexlScript> script = new AtomicReference<>();

    PolicyExpression(String source, Location location, Supplier<JexlScript> compiler) {
        this.source = source;
        this.location = location;
        this.compiler = compiler;
    }

    public String source() {
        return source;
    }

    public Location location() {
        return location;
    }

    /** Compiles (and checks) now, if it has not been; a rejected expression throws. */
    public PolicyExpression compiled() {
        script();
        return this;
    }

    public Object evaluate(JexlContext context) {
        return script().execute(context);
    }

    private JexlScript script() {
        JexlScript compiled = script.get();
        if (compiled == null) {
            // Two threads may both compile on first use; either result is the same script.
            script.compareAndSet(null, compiler.get());
            compiled = script.get();
        }
        return compiled;
    }
}
