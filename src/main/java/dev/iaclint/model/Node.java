package dev.iaclint.model;

/**
 * A located value in a resource's attribute tree. Loaders of every format produce these, so
 * policies and the {@link Unit} resolution see one shape whatever the source was.
 */
public sealed interface Node
        permits ScalarNode, MappingNode, SequenceNode, ReferenceNode, ExpressionNode, UnknownNode {

    Location location();
}
