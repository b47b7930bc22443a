package vn.directive.document;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An upload refused for its size (over spring.servlet.multipart.max-file-size) is answered with a JSON 413 before
 * the client has sent all of it. Tomcat would then stop reading and close the connection, and many clients
 * (browsers among them) report a broken connection instead of the answer; with aborted uploads swallowed, Tomcat
 * reads the rest away, up to server.tomcat.max-swallow-size, and the client sees the 413.
 */
@Configuration
class UploadConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> swallowAbortedUploads() {
        return factory -> factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
    }
}
