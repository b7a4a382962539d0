package dev.iaclint.model;

import java.util.Optional;

/** Resource addresses as Terraform prints them. */
public final class ResourceAddress {

    private ResourceAddress() {
    }

    /**
     * {@code module.m[0].aws_x.k["a]"]} without its last index: {@code module.m[0].aws_x.k}. A
     * bracket inside a quoted key is part of the key. Empty when the address ends in no index.
     */
    public static Optional<String> withoutInstanceKey(String address) {
        if (!address.endsWith("]")) {
            return Optional.empty();
        }
        int lastIndex = -1;
        boolean quoted = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                lastIndex = i;
            }
        }
        return lastIndex <= 0 ? Optional.empty() : Optional.of(address.substring(0, lastIndex));
    }
}
