package dev.iaclint.fix;

/** How CloudFormation writes the deployment's account, Region and partition inside a string. */
final class Intrinsic {

    private Intrinsic() {
    }

    /** The {@code Fn::Sub} template of a {@link Value.Pseudo}. */
    static String sub(Value.Pseudo pseudo) {
        return pseudo.template().replace("{partition}", "${AWS::Partition}").replace("{account}", "${AWS::AccountId}")
                .replace("{region}", "${AWS::Region}");
    }
}
