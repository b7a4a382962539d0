package dev.iaclint.fix;

import dev.iaclint.model.Format;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ResourceAddress;
import java.util.List;

/**
 * What a fix edits or adds next to, named as its file declares it: a CloudFormation resource by
 * its logical id, a Terraform block by its type and labels ({@code resource "aws_kms_key" "k"},
 * {@code module "draft"}).
 */
record Anchor(String blockType, List<String> labels) {

    Anchor {
        labels = List.copyOf(labels);
    }

    static Anchor of(Resource resource) {
        String address = ResourceAddress.withoutInstanceKey(resource.address()).orElse(resource.address());
        if (resource.format() == Format.TERRAFORM) {
            String local = address.substring(address.lastIndexOf(resource.type() + ".") + resource.type().length() + 1);
            return new Anchor("resource", List.of(resource.type(), local));
        }
        return new Anchor("resource", List.of(address));
    }

    static Anchor module(String name) {
        return new Anchor("module", List.of(name));
    }

    /** The last label: a logical id, a Terraform resource or module name. */
    String name() {
        return labels.get(labels.size() - 1);
    }

    String display() {
        return blockType.equals("resource") && labels.size() == 1 ? name() : blockType + " " + String.join(".", labels);
    }
}
