package vn.doimoi.shared.kept;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the application's data source behind {@link ObservedDataSource}, so every writer is seen. */
@Configuration(proxyBeanMethods = false)
class DataSourceObservation {

    @Bean
    static BeanPostProcessor observedDataSource(ObjectProvider<DataGenerations> generations) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource source && !(bean instanceof ObservedDataSource)
                        ? new ObservedDataSource(source, generations.getObject())
                        : bean;
            }
        };
    }
}
