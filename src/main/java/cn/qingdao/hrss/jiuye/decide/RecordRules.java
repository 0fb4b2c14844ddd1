package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import cn.qingdao.hrss.jiuye.policy.SubsidyRules;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The rules under the current parameters and the record's history: what the decide step decides with,
 * and what {@code explain} explains a decision with.
 */
@Configuration(proxyBeanMethods = false)
public class RecordRules {

    /** The history of the quarter's record: earlier quarters and this run so far, both in the record. */
    @Bean
    History history(NamedParameterJdbcTemplate jdbc, Sequences database) {
        return new History(jdbc, database, DecisionTables.RECORD);
    }

    /** The rules under the parameters of {@code pipeline.policy-dir} (rules §6). */
    @Bean
    SubsidyRules subsidyRules(PolicyParameters parameters) {
        return SubsidyRules.of(parameters);
    }
}
