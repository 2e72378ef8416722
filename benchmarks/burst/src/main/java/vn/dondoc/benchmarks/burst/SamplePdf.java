package vn.dondoc.benchmarks.burst;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A real, one-page PDF of an exact size: the page shows a line of text and a second content
 * stream of comment lines pads it out. Readers and content sniffers (Apache Tika) take it for
 * what it is; every seed gives different bytes, so every report's file has its own SHA-256.
 */
final class SamplePdf {

    private SamplePdf() {}

    static byte[] of(String text, int size, long seed) {
        int padding = Math.max(0, size - 1024);
        for (int attempt = 0; attempt < 8; attempt++) {
            byte[] pdf = build(text, padding, seed);
            if (pdf.length == size || size < 1024) {
                return pdf;
            }
            padding += size - pdf.length;
        }
        throw new IllegalStateException("no PDF of exactly " + size + " bytes");
    }

    private static byte[] build(String text, int padding, long seed) {
        String line = "BT /F1 14 Tf 72 770 Td (" + ascii(text) + ") Tj ET\n";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + "/Contents [5 0 R 6 0 R] >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                stream(line),
                stream(comments(padding, seed)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(padding + 2048);
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    /** Comment lines of random hex: a content stream that draws nothing, of about {@code length} bytes. */
    private static String comments(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder padding = new StringBuilder(length + 80);
        while (padding.length() < length) {
            int remaining = length - padding.length();
            int width = Math.min(78, remaining - 1);
            if (width < 1) {
                padding.append('\n');
                continue;
            }
            padding.append('%');
            for (int i = 1; i < width; i++) {
                padding.append(Character.forDigit(random.nextInt(16), 16));
            }
            padding.append('\n');
        }
        return padding.toString();
    }

    /** Helvetica in a literal string: plain ASCII, parentheses and backslashes escaped. */
    private static String ascii(String text) {
        String plain = java.text.Normalizer.normalize(
                        text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]", "?");
        return plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
