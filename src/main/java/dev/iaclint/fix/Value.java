package dev.iaclint.fix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value a fix writes, in no format yet: each editor renders it in its file's syntax (a YAML
 * {@code !GetAtt}, a JSON {@code Fn::GetAtt}, a Terraform reference).
 */
public sealed interface Value {

    record Text(String value) implements Value {
    }

    record Bool(boolean value) implements Value {
    }

    record Number(long value) implements Value {
    }

    /** The ARN of a KMS key of the same template or module, by its logical id or Terraform name. */
    record KeyArn(String keyName) implements Value {
    }

    /**
     * A string of the deployment's account, Region and partition: {@code {account}},
     * {@code {region}} and {@code {partition}} stand for them.
     */
    record Pseudo(String template) implements Value {

        public static final Pseudo ACCOUNT = new Pseudo("{account}");
        public static final Pseudo ACCOUNT_ROOT = new Pseudo("arn:{partition}:iam::{account}:root");
    }

    /**
     * A CloudFormation {@code Ref} ({@code attribute} null) or {@code Fn::GetAtt}, written in the
     * template's own syntax wherever the original was (a role given as a block mapping {@code Ref: X}).
     */
    record Ref(String target, String attribute) implements Value {
    }

    /** An expression copied as written from the same file or module (a role's ARN). */
    record Source(String text) implements Value {
    }

    record Mapping(Map<String, Value> entries) implements Value {

        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }
    }

    /** A policy document: a mapping in a template, {@code jsonencode(...)} in Terraform. */
    record Document(Mapping content) implements Value {
    }

    record Sequence(List<Value> items) implements Value {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A boolean or number as every format writes it. */
    static String literal(Value value) {
        if (value instanceof Bool bool) {
            return String.valueOf(bool.value());
        }
        if (value instanceof Number number) {
            return String.valueOf(number.value());
        }
        throw new IllegalArgumentException("not a literal: " + value);
    }

    /** Whether the value names the deployment's account, Region or partition ({@code {account}}...). */
    default boolean mentions(String placeholder) {
        if (this instanceof Pseudo pseudo) {
            return pseudo.template().contains(placeholder);
        }
        if (this instanceof Mapping mapping) {
            return mapping.entries().values().stream().anyMatch(v -> v.mentions(placeholder));
        }
        if (this instanceof Document document) {
            return document.content().mentions(placeholder);
        }
        return this instanceof Sequence sequence && sequence.items().stream().anyMatch(v -> v.mentions(placeholder));
    }

    static Value text(String value) {
        return new Text(value);
    }

    static Value texts(List<String> values) {
        return new Sequence(values.stream().map(Value::text).toList());
    }
}
