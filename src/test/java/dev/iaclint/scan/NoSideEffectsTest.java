package dev.iaclint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.iaclint.cli.ExitCode;
import dev.iaclint.support.CliRun;
import dev.iaclint.support.TestFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan only reads: it opens no connection, even to the URLs a configuration is full of, and
 * writes nothing into the scanned tree.
 */
class NoSideEffectsTest {

    @TempDir
    Path dir;

    @Test
    void aScanOpensNoConnectionAndWritesNothing() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
            TestFiles.write(dir, "stack/main.tf", """
                    data "http" "key" {
                      url = "%1$skey.json"
                    }

                    module "remote" {
                      source = "%1$smodule.zip"
                    }

                    module "git" {
                      source = "git::%1$srepo.git"
                    }

                    resource "aws_bedrockagent_agent" "a" {
                      customer_encryption_key_arn = jsondecode(data.http.key.response_body).arn
                    }
                    """.formatted(url));
            TestFiles.write(dir, "template.yaml", """
                    Transform: AWS::Include
                    Resources:
                      Agent:
                        Type: AWS::Bedrock::Agent
                        Properties:
                          CustomerEncryptionKeyArn: !Transform {Name: AWS::Include, Parameters: {Location: %skey}}
                    """.formatted(url));
            TestFiles.write(dir, "$schema.json", "{\"$schema\": \"%sschema.json\"}".formatted(url));
            Map<String, String> before = snapshot();

            CliRun run = CliRun.of("--format", "json", dir.toString());

            assertEquals(ExitCode.OK, run.exitCode(), "the scan ran to the end, every key unknown: " + run.out());
            listener.setSoTimeout(1);
            assertThrows(SocketTimeoutException.class, listener::accept, "nobody connected to " + url);
            assertEquals(before, snapshot(), "the scanned tree is unchanged");
        }
    }

    /** Every file under the tree with its size, modification time and content. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.toList()) {
                String content = Files.isRegularFile(path) ? Files.readString(path) : "<dir>";
                files.put(dir.relativize(path).toString(), Files.getLastModifiedTime(path) + " " + content);
            }
        }
        return files;
    }
}
