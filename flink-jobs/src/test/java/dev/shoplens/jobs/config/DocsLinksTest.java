package dev.shoplens.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README and the docs reaches a file that exists and, with a {@code #fragment}, a heading
 * of that file (GitHub's anchors: lower case, spaces to hyphens, punctuation dropped). A section moved without its
 * links fails here rather than in a reader's browser.
 */
class DocsLinksTest {

    private static final Path ROOT =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern FENCE = Pattern.compile("(?s)```.*?```");

    @Test
    void everyRelativeLinkReachesAFileAndAHeading() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).as("README.md, infra/README.md and docs/").hasSizeGreaterThan(5);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Matcher m = LINK.matcher(FENCE.matcher(Files.readString(page)).replaceAll(""));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http(s), mailto: not checked offline
                }
                checked++;
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertThat(checked).as("links checked").isGreaterThan(50);
        assertThat(broken).isEmpty();
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertThat(anchor("`bin/shoplens bench`")).isEqualTo("binshoplens-bench");
        assertThat(anchor("The nightly LSTM retrain (module `retrain`)"))
                .isEqualTo("the-nightly-lstm-retrain-module-retrain");
        assertThat(anchor("Nothing lost, nothing counted twice")).isEqualTo("nothing-lost-nothing-counted-twice");
    }

    private static String problem(Path page, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (hash < 0 || Files.isDirectory(resolved) || !resolved.toString().endsWith(".md")) {
            return null;
        }
        return anchors(resolved).contains(target.substring(hash + 1)) ? null : "no such heading";
    }

    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : FENCE.matcher(Files.readString(page)).replaceAll("").split("\n")) {
            if (line.matches("^#{1,6} .*")) {
                anchors.add(anchor(line.replaceFirst("^#+ ", "")));
            }
        }
        return anchors;
    }

    static String anchor(String heading) {
        return heading.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("infra/README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
