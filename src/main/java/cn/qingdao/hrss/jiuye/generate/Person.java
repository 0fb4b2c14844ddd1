package cn.qingdao.hrss.jiuye.generate;

import java.time.LocalDate;

/** A person of the sample pool: a valid ID number (GB 11643), a name and the birth date it encodes. */
record Person(String id, String name, LocalDate birth) {
}
