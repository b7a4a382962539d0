package dev.iaclint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts of one file, with three lines of context, as {@code git apply}
 * and {@code patch -p1} read it. Fixes change a few places of a file, so the lines both texts
 * share at the start and end are set aside before the longest common subsequence is computed.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    private record Line(char kind, String text) {
    }

    public static String of(String file, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<Line> lines = compare(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(file).append('\n').append("+++ b/").append(file).append('\n');
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == ' ') {
                i++;
                continue;
            }
            // A hunk: the change, with its context, merged with the next change while they are close.
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            while (true) {
                while (end < lines.size() && lines.get(end).kind() != ' ') {
                    end++;
                }
                int next = end;
                while (next < lines.size() && lines.get(next).kind() == ' ') {
                    next++;
                }
                if (next < lines.size() && next - end <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(lines.size(), end + CONTEXT);
                    break;
                }
            }
            hunk(lines, start, end, out);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(List<Line> lines, int start, int end, StringBuilder out) {
        int oldStart = 1;
        int newStart = 1;
        for (int k = 0; k < start; k++) {
            oldStart += lines.get(k).kind() != '+' ? 1 : 0;
            newStart += lines.get(k).kind() != '-' ? 1 : 0;
        }
        int oldCount = 0;
        int newCount = 0;
        for (int k = start; k < end; k++) {
            oldCount += lines.get(k).kind() != '+' ? 1 : 0;
            newCount += lines.get(k).kind() != '-' ? 1 : 0;
        }
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        for (int k = start; k < end; k++) {
            out.append(lines.get(k).kind()).append(lines.get(k).text()).append('\n');
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : (count == 0 ? start - 1 : start) + "," + count;
    }

    /** Every line of both texts, in order, each kept, removed or added. */
    private static List<Line> compare(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> x = a.subList(prefix, a.size() - suffix);
        List<String> y = b.subList(prefix, b.size() - suffix);
        List<Line> lines = new ArrayList<>();
        a.subList(0, prefix).forEach(t -> lines.add(new Line(' ', t)));
        if ((long) x.size() * y.size() > 16_000_000L) {
            // Too far apart to align line by line: all of the middle is replaced.
            x.forEach(t -> lines.add(new Line('-', t)));
            y.forEach(t -> lines.add(new Line('+', t)));
        } else {
            lines.addAll(align(x, y));
        }
        a.subList(a.size() - suffix, a.size()).forEach(t -> lines.add(new Line(' ', t)));
        return lines;
    }

    private static List<Line> align(List<String> x, List<String> y) {
        int[][] common = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                common[i][j] = x.get(i).equals(y.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                lines.add(new Line(' ', x.get(i++)));
                j++;
            } else if (i < x.size() && (j == y.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line('-', x.get(i++)));
            } else {
                lines.add(new Line('+', y.get(j++)));
            }
        }
        return lines;
    }
}
