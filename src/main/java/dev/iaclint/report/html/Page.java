package dev.iaclint.report.html;

import java.io.IOException;
import java.io.Writer;

/**
 * One self-contained HTML page: styles and charts inline, no script, no font, image or link
 * loaded from anywhere. Its Content-Security-Policy ({@code default-src 'none'}) makes the
 * browser refuse any request the page could make, so it opens the same from a {@code file://}
 * URL, an e-mail attachment or an air-gapped laptop, and prints on A4 or Letter.
 */
public final class Page {

    private static final String STYLE = """
            :root { --ink: #1d2433; --muted: #5b6475; --line: #d9dee7; --soft: #f4f6fa; --accent: #1f5fbf;
              --good: #1a7f4b; --warn: #b26a00; --bad: #b42318; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans",
              sans-serif; color: var(--ink); background: #fff; }
            main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 40px; }
            header { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 20px; }
            header h1 { font-size: 24px; margin: 0 0 4px; letter-spacing: -0.01em; }
            header p { margin: 0; color: var(--muted); }
            h2 { font-size: 16px; margin: 28px 0 4px; text-transform: uppercase; letter-spacing: 0.04em; }
            h2 + p.note { margin-top: 0; }
            p.note { color: var(--muted); font-size: 12.5px; margin: 2px 0 10px; }
            section { break-inside: avoid; page-break-inside: avoid; }
            .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
            .tile { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; background: var(--soft); }
            .tile .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
            .tile .value { font-size: 30px; font-weight: 650; margin: 2px 0; font-variant-numeric: tabular-nums; }
            .tile .sub { font-size: 12px; color: var(--muted); }
            .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
            table { width: 100%; border-collapse: collapse; font-size: 13px; margin-top: 6px; }
            th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line);
              padding: 6px 8px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.03em; }
            td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.group td { background: var(--soft); font-weight: 600; }
            code, .code { font: 12px/1.4 "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
            .code { display: block; background: var(--soft); border-left: 3px solid var(--line); padding: 3px 8px;
              margin-top: 4px; white-space: pre-wrap; word-break: break-all; }
            .sev { display: inline-block; min-width: 62px; text-align: center; border-radius: 3px; padding: 1px 6px;
              font-size: 11px; font-weight: 700; text-transform: uppercase; color: #fff; }
            .sev-critical { background: #7a1010; } .sev-high { background: var(--bad); }
            .sev-medium { background: var(--warn); } .sev-low { background: #55606e; } .sev-info { background: #8a94a6; }
            .muted { color: var(--muted); }
            a { color: var(--accent); text-decoration: none; }
            svg { display: block; max-width: 100%; height: auto; }
            svg text { font: 11px -apple-system, "Segoe UI", Arial, "Liberation Sans", sans-serif; fill: var(--muted); }
            .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; margin: 4px 0 0; padding: 0;
              list-style: none; }
            .legend i { display: inline-block; width: 14px; height: 3px; vertical-align: middle; margin-right: 6px; }
            footer { margin-top: 32px; border-top: 1px solid var(--line); padding-top: 8px; font-size: 11.5px;
              color: var(--muted); }
            @media print { main { padding: 0; max-width: none; } body { font-size: 11.5px; }
              .tile, tr.group td, .code { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: var(--ink); } }
            @page { size: A4; margin: 14mm; }
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;
    private final String subtitle;

    /** @param title and subtitle are plain text; they are escaped here */
    public Page(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    /** Adds markup made by this package's sections and charts (already escaped). */
    public Page add(String markup) {
        body.append(markup).append('\n');
        return this;
    }

    public void write(Writer out, String footer) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + Html.text(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
        out.write("<header><h1>" + Html.text(title) + "</h1><p>" + Html.text(subtitle) + "</p></header>\n");
        out.write(body.toString());
        out.write("<footer>" + Html.text(footer) + "</footer>\n</main>\n</body>\n</html>\n");
    }
}
