package cn.qingdao.hrss.jiuye.read;

import java.util.List;

/**
 * A validated data row in the form the read step stores it ({@link ApplicationStore}): its
 * {@code application} columns, and one {@code field_error} row per invalid cell.
 */
public record StagedApplication(Object[] application, List<Object[]> fieldErrors) {

    public StagedApplication {
        fieldErrors = List.copyOf(fieldErrors);
    }
}
