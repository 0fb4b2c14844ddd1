package cn.qingdao.hrss.jiuye.generate;

import java.time.LocalDate;

/** A business or employer of the sample pool: name, valid credit code (GB 32100), registration date. */
record Business(String name, String creditCode, LocalDate registered) {
}
