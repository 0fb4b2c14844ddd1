package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.support.text.Text;
import cn.qingdao.hrss.jiuye.workbook.RawCell;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The values a choice column allows, found by their exact label after cleaning (rules §3.2–3.4, §4).
 * Anything else is {@code INVALID_CHOICE}. Built once per sheet, read for every row.
 */
public final class Choices<E extends Enum<E>> {

    private final Map<String, E> byLabel;
    private final Set<String> labels;

    private Choices(Map<String, E> byLabel, Set<String> labels) {
        this.byLabel = byLabel;
        this.labels = labels;
    }

    /** The allowed values and how each is written, e.g. {@code of(List.of(SMALL_MICRO, INDIVIDUAL), EntityType::label)}. */
    public static <E extends Enum<E>> Choices<E> of(Collection<E> allowed, Function<E, String> label) {
        Map<String, E> map = new HashMap<>();
        Set<String> labels = new LinkedHashSet<>();
        for (E e : allowed) {
            String l = label.apply(e);
            map.put(l, e);
            labels.add(l);
        }
        return new Choices<>(Map.copyOf(map), Collections.unmodifiableSet(labels));
    }

    /** The allowed labels, in the order given to {@link #of} (the order a template offers them in). */
    public Set<String> labels() {
        return labels;
    }

    /** Blank → {@code MISSING_VALUE}; an allowed label → its value; anything else → {@code INVALID_CHOICE}. */
    public Parsed<E> parse(RawCell cell) {
        if (cell.isBlank()) {
            return Parsed.failure(ReasonCode.MISSING_VALUE);
        }
        if (cell.kind() != RawCell.Kind.TEXT) {
            return Parsed.failure(ReasonCode.INVALID_CHOICE);
        }
        String cleaned = Text.clean(cell.text());
        if (cleaned.isEmpty()) {
            return Parsed.failure(ReasonCode.MISSING_VALUE);
        }
        E value = byLabel.get(cleaned);
        return value == null ? Parsed.failure(ReasonCode.INVALID_CHOICE) : Parsed.of(value);
    }
}
