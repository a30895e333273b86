package vn.doimoi.portal.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Public portal pages count visits. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    private final Visitors visitors;

    PortalWebConfiguration(Visitors visitors) {
        this.visitors = visitors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(visitors)
                .addPathPatterns("/", "/news", "/news/**", "/documents", "/documents/**", "/search")
                .excludePathPatterns("/news/*/related", "/news/*/print");
    }
}
