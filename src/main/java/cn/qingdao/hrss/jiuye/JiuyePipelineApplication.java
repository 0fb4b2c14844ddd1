package cn.qingdao.hrss.jiuye;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application of the quarterly pipeline; the command line is in {@code cli}. */
@SpringBootApplication
public class JiuyePipelineApplication {

    /**
     * Where Spring's ahead-of-time processing starts the application when the program is packaged
     * ({@code mvn package}), to prepare the context of the commands that run the job
     * ({@code cli.PreparedContext}). The program itself starts at {@code cli.Main}.
     */
    public static void main(String[] args) {
        SpringApplication.run(JiuyePipelineApplication.class, args);
    }
}
