package cn.qingdao.hrss.jiuye.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/**
 * A submission of a run as the output workbooks show it (rules §7, §8 submissions.csv).
 * A submission flagged {@code duplicate} for the run (one of two files for the same district)
 * is REJECTED with the extra code {@code DUPLICATE_SUBMISSION}, whatever its own status.
 */
public record RunSubmission(long id, String districtCode, String fileName, String sha256, String status,
                            List<String> ownCodes, String statsStatus, boolean duplicate) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    public static final String MISSING = "MISSING";

    /** ACCEPTED or REJECTED as published (the stored status unless the run marked it a duplicate). */
    public String effectiveStatus() {
        return duplicate ? REJECTED : status;
    }

    public boolean accepted() {
        return ACCEPTED.equals(effectiveStatus());
    }

    /** The submission's error codes, including DUPLICATE_SUBMISSION when flagged, distinct and sorted. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>(ownCodes);
        if (duplicate && !codes.contains(ReasonCode.DUPLICATE_SUBMISSION.name())) {
            codes.add(ReasonCode.DUPLICATE_SUBMISSION.name());
        }
        return codes.stream().distinct().sorted().toList();
    }

    static List<String> splitCodes(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
