package dev.iaclint.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iaclint.model.Deployment;
import dev.iaclint.model.Format;
import dev.iaclint.model.Location;
import dev.iaclint.model.MappingNode;
import dev.iaclint.model.ReferenceNode;
import dev.iaclint.model.Resource;
import dev.iaclint.model.ResourceAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanUnitTest {

    private static Resource resource(String address) {
        Location at = Location.point("plan.json", 1, 1);
        return new Resource(address, "aws_kms_key", "kms.key", Format.TERRAFORM_PLAN, at,
                new MappingNode(at, List.of()), Deployment.PLAIN, Optional.empty());
    }

    private static Optional<String> target(PlanUnit unit, String target) {
        ReferenceNode reference = new ReferenceNode(Location.point("plan.json", 1, 1), target, List.of(), "terraform-plan");
        return unit.referencedResource(reference).map(Resource::address);
    }

    @Test
    void aReferenceToACountedResourceNamesItsFirstInstance() {
        PlanUnit unit = new PlanUnit("plan.json", List.of(resource("aws_kms_key.other[0]"), resource("aws_kms_key.k[1]"),
                resource("aws_kms_key.k[0]"), resource("module.m[2].aws_kms_key.this[\"a\"]"), resource("aws_kms_key.single")));

        assertEquals(Optional.of("aws_kms_key.k[1]"), target(unit, "aws_kms_key.k"), "the first listed, as before");
        assertEquals(Optional.of("module.m[2].aws_kms_key.this[\"a\"]"), target(unit, "module.m[2].aws_kms_key.this"));
        assertEquals(Optional.of("aws_kms_key.single"), target(unit, "aws_kms_key.single"));
        assertEquals(Optional.empty(), target(unit, "aws_kms_key.missing"));
        assertEquals(Optional.empty(), target(unit, "aws_kms_key"), "a prefix of a name is not the name");
    }

    @Test
    void aBracketInsideAQuotedKeyIsPartOfTheKey() {
        assertEquals(Optional.of("aws_x.k"), ResourceAddress.withoutInstanceKey("aws_x.k[\"a[0]\"]"));
        assertEquals(Optional.of("aws_x.k"), ResourceAddress.withoutInstanceKey("aws_x.k[\"a\\\"[\"]"));
        assertEquals(Optional.of("module.m[0].aws_x.k"), ResourceAddress.withoutInstanceKey("module.m[0].aws_x.k[3]"));
        assertEquals(Optional.empty(), ResourceAddress.withoutInstanceKey("module.m[0].aws_x.k"));
    }
}
