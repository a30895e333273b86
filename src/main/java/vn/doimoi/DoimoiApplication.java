package vn.doimoi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** doimoi: the digital platform of a province's science, technology and innovation system. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "doimoi", sharedModules = "shared")
public class DoimoiApplication {

    public static void main(String[] args) {
        SpringApplication.run(DoimoiApplication.class, args);
    }
}
