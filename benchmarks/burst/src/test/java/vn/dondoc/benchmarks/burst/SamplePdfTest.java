package vn.dondoc.benchmarks.burst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SamplePdfTest {

    @Test
    void isExactlyTheSizeAskedFor() {
        assertThat(SamplePdf.of("Báo cáo Sở Tư pháp", 1 << 20, 1)).hasSize(1 << 20);
        assertThat(SamplePdf.of("x", 5000, 2)).hasSize(5000);
    }

    @Test
    void startsAsAPdfAndItsCrossReferencePointsAtEveryObject() {
        String pdf = new String(SamplePdf.of("Đôn Đốc (burst)", 100_000, 3), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n").matcher(pdf);
        assertThat(startxref.find()).isTrue();
        int xref = Integer.parseInt(startxref.group(1));
        assertThat(pdf.substring(xref)).startsWith("xref\n0 7\n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf.substring(xref));
        int object = 1;
        while (entry.find()) {
            assertThat(pdf.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj\n");
            object++;
        }
        assertThat(object).isEqualTo(7);
        assertThat(pdf).contains("(Don Doc \\(burst\\)) Tj");
    }

    @Test
    void everySeedGivesOtherBytes() {
        assertThat(SamplePdf.of("a", 10_000, 1)).isNotEqualTo(SamplePdf.of("a", 10_000, 2));
        assertThat(SamplePdf.of("a", 10_000, 1)).isEqualTo(SamplePdf.of("a", 10_000, 1));
    }
}
