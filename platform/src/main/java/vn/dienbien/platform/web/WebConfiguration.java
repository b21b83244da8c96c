package vn.dienbien.platform.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Input and errors at every layer: strict request lines and bodies, paging, and problem+json from
 * Spring MVC, the servlet error page and Tomcat itself.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemDetailsAdvice.class, RefusalProblems.class, ProblemErrorController.class})
public class WebConfiguration {

  @Bean
  FilterRegistrationBean<RequestLineFilter> requestLineFilter() {
    var registration = new FilterRegistrationBean<>(new RequestLineFilter());
    // After character encoding and observation (HIGHEST_PRECEDENCE, +1), before everything else.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      @Value("${platform.web.max-json-body:256KB}") DataSize limit) {
    var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  WebMvcConfigurer strictInput() {
    return new WebMvcConfigurer() {
      @Override
      public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        StrictJson.apply(converters);
      }

      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageQueryResolver());
      }
    };
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
  static class Tomcat {
    @Bean
    TomcatErrorReport tomcatErrorReport() {
      return new TomcatErrorReport();
    }
  }
}
