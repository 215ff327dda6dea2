package org.kompanjoner.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * Files go only where a handler asks for them. A multipart request that carries a file to any other
 * handler (a text field sent as a file, as probes do) is bad input like any other: 400 and the error
 * page in the reader's language, instead of a failure deep in data binding. A multipart form of text
 * fields only is still read as an ordinary form.
 */
@Component
class UnexpectedFiles implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        // The multipart request may sit under wrappers (Spring Security's, for one).
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null
                // The error page that answers such a request sees the same request again.
                && request.getDispatcherType() != DispatcherType.ERROR
                && !multipart.getMultiFileMap().isEmpty()
                && handler instanceof HandlerMethod method
                && !takesFiles(method)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
        return true;
    }

    /** Whether a parameter of the handler, or a component of a form record it binds, holds files. */
    static boolean takesFiles(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (holdsFiles(ResolvableType.forMethodParameter(parameter))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsFiles(ResolvableType type) {
        Class<?> raw = type.resolve(Object.class);
        if (MultipartFile.class.isAssignableFrom(raw) || Part.class.isAssignableFrom(raw)) {
            return true;
        }
        if (type.isArray()) {
            return holdsFiles(type.getComponentType());
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return holdsFiles(type.asCollection().getGeneric());
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                ResolvableType componentType = ResolvableType.forType(component.getGenericType());
                if (!component.getType().isRecord() && holdsFiles(componentType)) {
                    return true;
                }
            }
        }
        return false;
    }
}
