package cn.qingdao.hrss.jiuye.check;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The reference data built into the program by the build (a copy of {@code data/policy} and of the district
 * registry, see {@code pom.xml}), written out as files for the private run, which reads them from a folder
 * as the city's runs do. So the pre-check needs no project folder, and decides under the policy parameters
 * the program was built with.
 */
final class BuiltInReference {

    static final String POLICY = "data/policy/";

    private BuiltInReference() {
    }

    /** The policy folder under {@code dir}, as written by {@link #writeTo}. */
    static Path policyDir(Path dir) {
        return dir.resolve("policy");
    }

    /** The district registry under {@code dir}, as written by {@link #writeTo}. */
    static Path districtsFile(Path dir) {
        return dir.resolve("districts.csv");
    }

    static void writeTo(Path dir) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
                BuiltInReference.class.getClassLoader());
        Resource[] files = resolver.getResources("classpath:" + POLICY + "**/*.yaml");
        if (files.length == 0) {
            throw new IllegalStateException("the program has no built-in policy parameters (" + POLICY
                    + " is missing from its class path): rebuild it with 'mvn package'");
        }
        Path policy = policyDir(dir);
        for (Resource file : files) {
            String url = file.getURL().toString();
            Path target = policy.resolve(url.substring(url.lastIndexOf(POLICY) + POLICY.length())).normalize();
            if (!target.startsWith(policy)) {
                throw new IllegalStateException("unexpected built-in policy file " + url);
            }
            copy(file.getInputStream(), target);
        }
        InputStream registry = BuiltInReference.class.getClassLoader().getResourceAsStream(DistrictRegistry.BUNDLED);
        if (registry == null) {
            throw new IllegalStateException("the program has no built-in district registry (" + DistrictRegistry.BUNDLED
                    + " is missing from its class path): rebuild it with 'mvn package'");
        }
        copy(registry, districtsFile(dir));
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (in) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
