package cn.qingdao.hrss.jiuye.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The rows of one sheet being planned; deliberate rows are inserted among the ordinary ones. */
final class RowList {

    private final List<SampleRow> rows = new ArrayList<>();
    private final Random rnd;

    RowList(Random rnd) {
        this.rnd = rnd;
    }

    void add(SampleRow row) {
        rows.add(row);
    }

    /** Inserts at a random position. */
    void insert(SampleRow row) {
        rows.add(rnd.nextInt(rows.size() + 1), row);
    }

    /** Inserts at a random position in the first half (for the first row of a pair). */
    void insertEarly(SampleRow row) {
        rows.add(rnd.nextInt(rows.size() / 2 + 1), row);
    }

    /** Inserts at a random position after {@code first} (which must be in the list). */
    void insertAfter(SampleRow first, SampleRow row) {
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == first) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalStateException("first row of a pair is not in the list");
        }
        rows.add(at + 1 + rnd.nextInt(rows.size() - at), row);
    }

    List<SampleRow> rows() {
        return rows;
    }
}
