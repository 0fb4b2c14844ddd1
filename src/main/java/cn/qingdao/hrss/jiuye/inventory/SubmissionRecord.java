package cn.qingdao.hrss.jiuye.inventory;

/** A row of the {@code submission} table: a district file as received and what reading it found. */
public record SubmissionRecord(
        long id,
        String quarter,
        String districtCode,
        String fileName,
        String sha256,
        long fileSize,
        String status,
        String errorCodes) {

    public static final String PENDING = "PENDING";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
}
