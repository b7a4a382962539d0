package dev.iaclint.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (set by the build), for {@code --version} and reports. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"iac-lint " + current()};
    }
}
