package cn.qingdao.hrss.jiuye;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application of the quarterly pipeline; the command line is in {@code cli}. */
@SpringBootApplication
public class JiuyePipelineApplication {
}
