package cn.qingdao.hrss.jiuye.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.qingdao.hrss.jiuye.support.text.LogText;

/**
 * The files of a quarter's inbox that are submissions (rules §3): regular files directly in the
 * folder, except names starting with {@code .} or {@code ~$} (office lock files). Sub-folders and
 * symbolic links are not submissions. Sorted by name, so that every run sees them in one order.
 */
final class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    private InboxScanner() {
    }

    /**
     * A regular file, not a link: a symbolic link is never followed (it could point anywhere on the
     * machine, outside the inbox); it is reported in the log, as a sub-folder is.
     */
    private static boolean isSubmission(Path p) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (Files.isSymbolicLink(p)) {
            log.warn("'{}' in the inbox is a symbolic link: links are not read; put the file itself in the inbox",
                    LogText.printable(p.getFileName().toString()));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            log.info("'{}' in the inbox is a folder: not a submission, ignored", LogText.printable(p.getFileName().toString()));
        }
        return false;
    }

    static List<Path> submissions(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("the inbox folder " + inbox + " does not exist: create it and put the district files in it, or pass --inbox DIR");
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(p -> {
                        String name = p.getFileName().toString();
                        return !name.startsWith(".") && !name.startsWith("~$");
                    })
                    .filter(InboxScanner::isSubmission)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
    }
}
