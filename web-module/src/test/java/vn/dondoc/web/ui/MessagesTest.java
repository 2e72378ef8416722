package vn.dondoc.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text of the pages exists in Vietnamese and in English: the two bundles have the same keys,
 * none empty, and every key a page names ({@code msg['…']}) is in them.
 */
class MessagesTest {

    /** A key a page names literally: {@code #{msg['score.title']}}. */
    private static final Pattern NAMED = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsEmpty() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");

        assertThat(new TreeSet<>(vi.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> {
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        });
        assertThat(vi.getProperty("score.heading")).isEqualTo("Bảng đánh giá mức độ hoàn thành");
    }

    @Test
    void everyKeyAPageNamesIsInTheBundles() throws IOException {
        Set<String> keys = bundle("vi").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src", "main", "webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = NAMED.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).as("keys the pages name").hasSizeGreaterThan(100);
        assertThat(named).allSatisfy(key -> assertThat(keys).as("the bundles").contains(key));
    }

    private static Properties bundle(String language) throws IOException {
        String name = "/" + Language.BUNDLE.replace('.', '/') + "_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
