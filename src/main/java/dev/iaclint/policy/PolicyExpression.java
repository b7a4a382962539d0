package dev.iaclint.policy;

import dev.iaclint.model.Location;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlScript;

/** A checked, compiled JEXL expression of a policy, with where it is written for error messages. */
public record PolicyExpression(String source, Location location, JexlScript script) {

    public Object evaluate(JexlContext context) {
        return script.execute(context);
    }
}
