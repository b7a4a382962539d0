package dev.iaclint.cli;

/** {@code --color}: colour the text reports on a terminal only, always, or never. */
enum ColorChoice {
    auto, always, never
}
