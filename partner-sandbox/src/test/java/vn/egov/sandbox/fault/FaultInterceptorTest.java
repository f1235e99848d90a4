package vn.egov.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

class FaultInterceptorTest {

    private final Faults faults = new Faults();
    private final FaultInterceptor interceptor = new FaultInterceptor(faults);
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void answersAPlannedFailureWithTheBareStatusInsteadOfCallingTheHandler() throws Exception {
        faults.plan(FaultChannel.SMS, new FaultPlan(1, 503, 0));

        boolean proceeds = interceptor.preHandle(new MockHttpServletRequest(), response, handler("sms"));

        assertThat(proceeds).isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("503");
    }

    @Test
    void letsRequestsThroughOnceThePlannedFailuresAreSpent() throws Exception {
        faults.plan(FaultChannel.SMS, new FaultPlan(1, 503, 0));
        interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler("sms"));

        assertThat(interceptor.preHandle(new MockHttpServletRequest(), response, handler("sms")))
                .isTrue();
    }

    @Test
    void neverTouchesHandlersNotMarkedForFaultInjection() throws Exception {
        faults.plan(FaultChannel.SMS, new FaultPlan(1, 503, 0));

        assertThat(interceptor.preHandle(new MockHttpServletRequest(), response, handler("inbox")))
                .isTrue();
        assertThat(faults.plans().get(FaultChannel.SMS).failNext()).isEqualTo(1);
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        Method method = Handlers.class.getDeclaredMethod(name);
        return new HandlerMethod(new Handlers(), method);
    }

    static class Handlers {

        @FaultInjected(FaultChannel.SMS)
        void sms() {}

        void inbox() {}
    }
}
