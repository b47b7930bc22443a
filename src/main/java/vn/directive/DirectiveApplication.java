package vn.directive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DirectiveApplication {

    public static void main(String[] args) {
        SpringApplication.run(DirectiveApplication.class, args);
    }
}
