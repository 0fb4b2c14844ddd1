package cn.qingdao.hrss.jiuye.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A registry district (rules §2), read from {@code data/reference/districts.csv}; index = registry order. */
record District(String code, String name, int index) {

    static List<District> load(Path csv) throws IOException {
        List<District> districts = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length < 2 || f[0].strip().equals("code") || f[0].isBlank()) {
                continue;
            }
            districts.add(new District(f[0].strip(), f[1].strip(), districts.size()));
        }
        return districts;
    }

    /** The short name used in titles and business names: 黄岛区（西海岸新区） is 黄岛区. */
    String shortName() {
        return name.replaceAll("（.*）", "");
    }
}
