package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.Application;

/**
 * An application row as stored by the read step, with its rank (rules §5: district code, row
 * number) and the field codes found when it was read (null when every field was valid).
 */
public record StagedRow(long submissionId, String districtCode, int rowNumber, Application application, String fieldCodes) {

    public boolean valid() {
        return fieldCodes == null;
    }
}
