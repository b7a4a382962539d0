package dev.iaclint.fix;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer-managed key a fix adds, in no format yet. Rotation is on and deletion protected in
 * every format; the editor of the file writes it.
 *
 * @param name        its logical id or Terraform name
 * @param policy      the key policy document
 * @param tags        the tags copied from the resource it protects
 * @param note        a comment to write above it (empty for none), where the format has comments
 */
record NewKey(String name, String description, Value.Mapping policy, Map<String, String> tags, String note) {

    NewKey {
        tags = new LinkedHashMap<>(tags);
    }
}
