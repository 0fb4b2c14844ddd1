package cn.qingdao.hrss.jiuye.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a quarter's inbox that are submissions (SPEC §3): regular files directly in the
 * folder, except names starting with {@code .} or {@code ~$} (office lock files). Sub-folders and
 * symbolic links are not submissions. Sorted by name, so that every run sees them in one order.
 */
final class InboxScanner {

    private InboxScanner() {
    }

    static List<Path> submissions(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("the inbox folder " + inbox + " does not exist: create it and put the district files in it, or pass --inbox DIR");
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return !name.startsWith(".") && !name.startsWith("~$");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
    }
}
