package dev.iaclint.cli;

import dev.iaclint.parse.OwnJar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version, written into {@code version.properties} by the build, for {@code --version} and reports. */
final class Version implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "dev/iaclint/cli/version.properties";

    private static final class Holder {
        static final String VERSION = read();
    }

    static String current() {
        return Holder.VERSION;
    }

    private static String read() {
        // From the jar itself when iac-lint runs from one (see OwnJar), else through the class loader.
        try (InputStream in = OwnJar.read(RESOURCE).<InputStream>map(ByteArrayInputStream::new)
                .orElseGet(() -> Version.class.getClassLoader().getResourceAsStream(RESOURCE))) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "0.0.0-unknown");
        } catch (IOException e) {
            return "0.0.0-unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"iac-lint " + current()};
    }
}
